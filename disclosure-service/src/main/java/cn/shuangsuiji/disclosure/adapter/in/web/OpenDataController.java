package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataFile;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataUseCase;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** 开放数据 — signed daily releases of every public record; exports on demand for platform administrators. */
@RestController
@Tag(name = "open-data", description = "开放数据")
class OpenDataController {

    private final OpenDataUseCase openData;

    OpenDataController(OpenDataUseCase openData) {
        this.openData = openData;
    }

    @GetMapping("/api/public/open-data")
    @Operation(summary = "开放数据发布日期（最新在前）")
    List<LocalDate> days() {
        return openData.days();
    }

    @GetMapping(value = "/api/public/open-data/public-key.pem", produces = "application/x-pem-file")
    @Operation(summary = "清单签名公钥（Ed25519，PEM）")
    String publicKey() {
        return openData.publicKeyPem();
    }

    @GetMapping("/api/public/open-data/{day}/{name}")
    @Operation(summary = "下载开放数据文件", description = "manifest.json、manifest.json.sig、<数据集>.jsonl、<数据集>.csv")
    ResponseEntity<InputStreamResource> file(@PathVariable String day, @PathVariable String name) {
        OpenDataFile file = openData.file(day, name);
        MediaType type = name.endsWith(".csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                : name.endsWith(".jsonl") ? MediaType.parseMediaType("application/jsonl;charset=UTF-8")
                : name.endsWith(".json") ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type)
                .contentLength(file.bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + day + "-" + name + "\"")
                .body(new InputStreamResource(file.open()));
    }

    @PostMapping("/api/disclosure/open-data/exports")
    @Operation(summary = "立即导出开放数据（平台管理员）")
    OpenDataRelease export(Actor actor) {
        actor.require(Role.PLATFORM_ADMIN);
        return openData.exportNow();
    }
}
