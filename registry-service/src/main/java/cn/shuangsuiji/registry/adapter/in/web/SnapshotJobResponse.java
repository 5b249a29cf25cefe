package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * 快照确认任务 — a snapshot confirmation job's progress and outcome. {@code snapshotId}/{@code snapshotPath} name the
 * snapshot the job stores; it exists exactly when {@code state} is {@code COMPLETED}.
 */
@Schema(name = "SnapshotJob", description = "快照确认任务：进度（已写入记录数）、状态与结果快照")
public record SnapshotJobResponse(String id, String kind, List<String> departmentIds, List<String> regionCodes,
                                  List<String> objectTypes,
                                  @Schema(description = "QUEUED | RUNNING | COMPLETED | FAILED | INTERRUPTED") String state,
                                  @Schema(description = "已写入快照的记录数") long recordsDone,
                                  double recordsPerSecond,
                                  @Schema(description = "完成后的快照记录数") long recordCount,
                                  String snapshotId, String snapshotPath, String failureCode, String failureMessage,
                                  String jobPath, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static SnapshotJobResponse of(SnapshotJob j, Instant now) {
        boolean done = j.state() == cn.shuangsuiji.registry.domain.snapshot.SnapshotJobState.COMPLETED;
        return new SnapshotJobResponse(j.id(), j.kind().name(), j.scope().departmentIds(), j.scope().regionCodes(),
                j.scope().objectTypes(), j.state().name(), j.recordsDone(), Math.round(j.rate(now) * 10) / 10.0,
                j.recordCount(), j.snapshotId().value(),
                done ? "/api/registry/snapshots/" + j.snapshotId().value() : null, j.failureCode(),
                j.failureMessage(), path(j.id()), j.createdAt(), j.startedAt(), j.finishedAt());
    }

    static String path(String jobId) {
        return "/api/registry/snapshot-jobs/" + jobId;
    }
}
