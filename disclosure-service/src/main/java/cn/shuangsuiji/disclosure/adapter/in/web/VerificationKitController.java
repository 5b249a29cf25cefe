package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKitUseCase;
import cn.shuangsuiji.disclosure.application.port.out.BundleSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 验证工具包 (B8) — the verifier jar and every public draw bundle, so that anyone can mirror and re-check the draws.
 */
@RestController
@Tag(name = "open-data", description = "开放数据")
class VerificationKitController {

    private final VerificationKitUseCase kit;

    VerificationKitController(VerificationKitUseCase kit) {
        this.kit = kit;
    }

    @GetMapping("/api/public/open-data/kit")
    @Operation(summary = "验证工具包清单", description = "验证工具 ssj-verifier.jar 的 SHA-256 与下载地址，以及今日已公开的全部抽取证据包")
    VerificationKit manifest() {
        return kit.kit();
    }

    @GetMapping(value = "/api/public/open-data/kit/ssj-verifier.jar", produces = "application/java-archive")
    @Operation(summary = "下载验证工具 ssj-verifier.jar", description = "java -jar ssj-verifier.jar verify <证据包>")
    ResponseEntity<byte[]> verifier() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/java-archive"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ssj-verifier.jar\"")
                .body(kit.verifierJar());
    }

    @GetMapping(value = "/api/public/open-data/kit/bundles/{drawId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "下载抽取证据包", description = "ssj-bundle-v1，检查期限结束次日起公开（证据包含各对象的检查人员）")
    ResponseEntity<byte[]> bundle(@PathVariable String drawId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + drawId + "-bundle.json\"")
                .body(kit.bundle(drawId));
    }

    /** The draw-service could not give the bundle now: 503, try again later. */
    @ExceptionHandler(BundleSource.BundleUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(BundleSource.BundleUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "抽取服务暂时无法提供证据包，请稍后重试");
        problem.setTitle("抽取证据包暂不可用");
        problem.setProperty("code", "DRAW_BUNDLE_UNAVAILABLE");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }
}
