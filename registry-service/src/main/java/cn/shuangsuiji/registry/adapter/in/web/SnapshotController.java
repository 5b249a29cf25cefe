package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.web.RespondAsync;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.ConfirmSnapshotJobs;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;

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
    private final ConfirmSnapshotJobs jobs;
    private final Clock clock;
    private final Duration syncWait;

    SnapshotController(SnapshotUseCases snapshots, ConfirmSnapshotJobs jobs, Clock clock,
                       @Value("${ssj.registry.snapshot.sync-wait:10s}") Duration syncWait) {
        this.snapshots = snapshots;
        this.jobs = jobs;
        this.clock = clock;
        this.syncWait = syncWait;
    }

    /**
     * Confirms in a job (issue 12). Without {@code Prefer: respond-async} the answer is the snapshot (201, as before)
     * when the job finishes within {@code ssj.registry.snapshot.sync-wait} (10 s), its refusal if it was refused,
     * otherwise 202 with the job; with it, always 202 with the job at once. A request never waits longer than the
     * bound, so never outlives the gateway's 30 s timeout.
     */
    @PostMapping
    @Operation(summary = "确认名录库，生成不可修改的快照（在确认任务中执行；10 秒内完成则 201 返回快照，否则或请求头 "
            + "Prefer: respond-async 时 202 返回任务，Location 指向任务进度）")
    @ApiResponse(responseCode = "201", description = "快照已生成", content = @Content(
            schema = @Schema(implementation = SnapshotResponse.class)))
    @ApiResponse(responseCode = "202", description = "确认任务进行中；GET Location 查看进度，完成后 snapshotPath 指向快照",
            content = @Content(schema = @Schema(implementation = SnapshotJobResponse.class)))
    ResponseEntity<?> confirm(@Valid @RequestBody ConfirmSnapshotRequest request,
                              @RequestHeader(value = "Prefer", required = false) String prefer, Actor actor) {
        RespondAsync async = RespondAsync.of(prefer, syncWait);
        ConfirmSnapshotJobs.Started started = jobs.start(request.kind(), new SnapshotScope(request.departmentIds(),
                request.regionCodes(), request.objectTypes()), actor);
        if (!async.asked()) {
            try {
                RegistrySnapshot snapshot = started.outcome().get(async.patience().toMillis(), TimeUnit.MILLISECONDS);
                return ResponseEntity.created(URI.create("/api/registry/snapshots/" + snapshot.id().value()))
                        .body(SnapshotResponse.of(snapshot));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                // still running: answer with the job
            }
        }
        ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted()
                .location(URI.create(SnapshotJobResponse.path(started.job().id())))
                .header(HttpHeaders.RETRY_AFTER, "1");
        if (async.asked()) {
            accepted.header("Preference-Applied", "respond-async");
        }
        SnapshotJob current = jobs.get(started.job().id(), actor);
        return accepted.body(SnapshotJobResponse.of(current, clock.instant()));
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
