package cn.shuangsuiji.draw.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.shuangsuiji.draw.application.port.in.DrawLogQueries;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 抽取透明日志 API — {@code /api/draws/log}: the platform draw log's signed checkpoints (text, C2SP signed note),
 * its verifier key, inclusion and consistency proofs (JSON as the verifier CLI reads them) and the leaf indexes of a
 * draw's entries. Only hashes: anonymous callers may read it ({@code ssj.security.public-paths}).
 */
@RestController
@Tag(name = "draw-log", description = "抽取透明日志（公开）")
@RequestMapping("/api/draws/log")
class DrawLogController {

    private final DrawLogQueries log;

    DrawLogController(DrawLogQueries log) {
        this.log = log;
    }

    @Operation(summary = "透明日志的最新检查点",
            description = "已签名的最新检查点（文本），公开，无需令牌。")
    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    String latest() {
        return log.latestCheckpoint().orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_EMPTY", "抽取日志检查点",
                "latest"));
    }

    @Operation(summary = "透明日志某一大小的检查点",
            description = "日志大小为 size 时的已签名检查点（文本）。")
    @GetMapping(value = "/checkpoints/{size}", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint(@PathVariable long size) {
        return log.checkpoint(size).orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_CHECKPOINT_NOT_FOUND",
                "抽取日志检查点", "size " + size));
    }

    @Operation(summary = "透明日志的验证公钥",
            description = "核验检查点签名所用的公钥（文本）。")
    @GetMapping(value = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
    String key() {
        return log.verifierKey();
    }

    @Operation(summary = "包含证明",
            description = "第 index 条日志在大小为 size 的日志中的包含证明（核验工具读取的 JSON）。")
    @GetMapping("/proofs/inclusion")
    ProofJson.Inclusion inclusion(@RequestParam long index, @RequestParam long size) {
        return log.inclusion(index, size);
    }

    @Operation(summary = "一致性证明",
            description = "大小 from 的日志是大小 to 的日志前缀的一致性证明。")
    @GetMapping("/proofs/consistency")
    ProofJson.Consistency consistency(@RequestParam long from, @RequestParam long to) {
        return log.consistency(from, to);
    }

    @Operation(summary = "某次抽取的日志叶序号",
            description = "该抽取各条日志在透明日志中的叶序号与哈希。")
    @GetMapping("/draws/{drawId}")
    DrawLogQueries.DrawLeaves leaves(@PathVariable String drawId) {
        return log.leaves(drawId);
    }
}
