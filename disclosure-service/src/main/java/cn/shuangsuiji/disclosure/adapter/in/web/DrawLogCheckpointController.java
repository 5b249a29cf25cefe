package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.DrawLogCheckpoints;
import cn.shuangsuiji.platform.error.DomainProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 抽取日志检查点 — the platform draw log's signed checkpoints as the disclosure service kept them (C2SP signed
 * notes, text/plain), for anyone who wants to check a draw bundle or the draw service's own checkpoints against them.
 */
@RestController
@RequestMapping("/api/public/draw-log/checkpoints")
@Tag(name = "draw-log", description = "一公开：抽取透明日志检查点")
class DrawLogCheckpointController {

    private final DrawLogCheckpoints checkpoints;

    DrawLogCheckpointController(DrawLogCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "最新的抽取日志检查点（已签名）")
    String latest() {
        return checkpoints.latest().orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_CHECKPOINT_NOT_FOUND",
                "抽取日志检查点", "latest"));
    }

    @GetMapping(value = "/{size}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "指定树大小的抽取日志检查点")
    String bySize(@PathVariable long size) {
        return checkpoints.bySize(size).orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_CHECKPOINT_NOT_FOUND",
                "抽取日志检查点", "size " + size));
    }
}
