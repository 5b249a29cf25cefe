package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

import cn.shuangsuiji.registry.application.port.in.SnapshotUseCases;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 两库更新确认 — confirmed registry snapshots. */
@RestController
@RequestMapping("/api/registry/snapshots")
@Tag(name = "snapshots", description = "两库更新确认与快照")
class SnapshotController {

    private final SnapshotUseCases snapshots;

    SnapshotController(SnapshotUseCases snapshots) {
        this.snapshots = snapshots;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "确认名录库，生成不可修改的快照")
    ResponseEntity<SnapshotResponse> confirm(@Valid @RequestBody ConfirmSnapshotRequest request, Actor actor) {
        RegistrySnapshot snapshot = snapshots.confirm(request.kind(), new SnapshotScope(request.departmentIds(),
                request.regionCodes(), request.objectTypes()), actor);
        return ResponseEntity.created(URI.create("/api/registry/snapshots/" + snapshot.id().value()))
                .body(SnapshotResponse.of(snapshot));
    }

    @GetMapping
    @Operation(summary = "快照列表（按部门、类别筛选，最新在前）")
    List<SnapshotResponse> latest(@RequestParam(required = false)
                                            String departmentId,
                                            @RequestParam(required = false)
                                            SnapshotKind kind,
                                            @RequestParam(defaultValue = "20")
                                            int limit, Actor actor) {
        RegistryRights.requireStaff(actor);
        return snapshots.latest(departmentId, kind, limit).stream().map(SnapshotResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看快照")
    SnapshotResponse get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        return SnapshotResponse.of(snapshots.get(new SnapshotId(id)));
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "快照二进制内容（gzip），X-Content-SHA256 为其 SHA-256；服务账户、平台管理员或范围内部门的人员可读")
    ResponseEntity<StreamingResponseBody> content(@PathVariable String id, Actor actor) {
        RegistrySnapshot snapshot = snapshots.get(new SnapshotId(id));
        requireContentReader(actor, snapshot);
        StreamingResponseBody body = out -> {
            try (InputStream in = snapshots.openContent(snapshot.id())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(snapshot.contentBytes())
                .header("X-Content-SHA256", snapshot.contentSha256())
                .header("X-Merkle-Root", snapshot.merkleRoot())
                .header("X-Snapshot-Format", snapshot.format())
                .eTag("\"" + snapshot.contentSha256() + "\"")
                .body(body);
    }

    /**
     * Snapshot content (pseudonymised records with keyed party keys) is read by services (draw-service), platform
     * admins and the staff of a department in the snapshot's scope.
     */
    private static void requireContentReader(Actor actor, RegistrySnapshot snapshot) {
        RegistryRights.requireStaff(actor);
        if (!actor.hasAny(Role.SERVICE, Role.PLATFORM_ADMIN)
                && !snapshot.scope().departmentIds().contains(actor.departmentId())) {
            throw Actor.forbidden("只有服务账户、平台管理员或快照范围内部门的人员可以读取快照内容");
        }
    }
}
