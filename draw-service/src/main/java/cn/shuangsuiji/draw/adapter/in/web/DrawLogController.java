package cn.shuangsuiji.draw.adapter.in.web;

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
@RequestMapping("/api/draws/log")
class DrawLogController {

    private final DrawLogQueries log;

    DrawLogController(DrawLogQueries log) {
        this.log = log;
    }

    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    String latest() {
        return log.latestCheckpoint().orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_EMPTY", "抽取日志检查点",
                "latest"));
    }

    @GetMapping(value = "/checkpoints/{size}", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint(@PathVariable long size) {
        return log.checkpoint(size).orElseThrow(() -> DomainProblem.notFound("DRAW_LOG_CHECKPOINT_NOT_FOUND",
                "抽取日志检查点", "size " + size));
    }

    @GetMapping(value = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
    String key() {
        return log.verifierKey();
    }

    @GetMapping("/proofs/inclusion")
    ProofJson.Inclusion inclusion(@RequestParam long index, @RequestParam long size) {
        return log.inclusion(index, size);
    }

    @GetMapping("/proofs/consistency")
    ProofJson.Consistency consistency(@RequestParam long from, @RequestParam long to) {
        return log.consistency(from, to);
    }

    @GetMapping("/draws/{drawId}")
    DrawLogQueries.DrawLeaves leaves(@PathVariable String drawId) {
        return log.leaves(drawId);
    }
}
