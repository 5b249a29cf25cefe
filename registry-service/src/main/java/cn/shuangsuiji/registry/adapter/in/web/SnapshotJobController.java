package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ConfirmSnapshotJobs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 快照确认任务 — progress and outcome of snapshot confirmation jobs. */
@RestController
@RequestMapping("/api/registry/snapshot-jobs")
@Tag(name = "snapshots", description = "两库更新确认与快照")
class SnapshotJobController {

    private final ConfirmSnapshotJobs jobs;
    private final Clock clock;

    SnapshotJobController(ConfirmSnapshotJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @Operation(summary = "快照确认任务进度（state=COMPLETED 时 snapshotPath 指向生成的快照）")
    SnapshotJobResponse get(@PathVariable String id, Actor actor) {
        return SnapshotJobResponse.of(jobs.get(id, actor), clock.instant());
    }
}
