package cn.shuangsuiji.registry.domain.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * 快照确认任务 — an asynchronous confirmation of registries into a snapshot (两库更新确认, S1 11; issue 12). The
 * snapshot's id is reserved when the job is queued; the snapshot exists, with its {@code RegistrySnapshotConfirmed},
 * exactly when the job is {@code COMPLETED} (both are stored in one transaction).
 *
 * @param recordsDone records written into the content so far (progress)
 * @param recordCount the snapshot's record count once completed, else 0
 */
public record SnapshotJob(String id, SnapshotId snapshotId, SnapshotKind kind, SnapshotScope scope,
                          SnapshotJobState state, long recordsDone, long recordCount, String failureCode,
                          String failureMessage, String startedBy, Instant createdAt, Instant startedAt,
                          Instant finishedAt) {

    public SnapshotJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static SnapshotJob queued(String id, SnapshotId snapshotId, SnapshotKind kind, SnapshotScope scope,
                                     String startedBy, Instant now) {
        return new SnapshotJob(id, snapshotId, kind, scope, SnapshotJobState.QUEUED, 0, 0, null, null, startedBy,
                now, null, null);
    }

    public SnapshotJob running(Instant now) {
        return new SnapshotJob(id, snapshotId, kind, scope, SnapshotJobState.RUNNING, recordsDone, recordCount,
                null, null, startedBy, createdAt, now, null);
    }

    public SnapshotJob completed(long records, Instant now) {
        return new SnapshotJob(id, snapshotId, kind, scope, SnapshotJobState.COMPLETED, records, records, null, null,
                startedBy, createdAt, startedAt, now);
    }

    public SnapshotJob failed(long records, String code, String message, Instant now) {
        return new SnapshotJob(id, snapshotId, kind, scope, SnapshotJobState.FAILED, records, 0, code, message,
                startedBy, createdAt, startedAt, now);
    }

    public SnapshotJob interrupted(Instant now) {
        return new SnapshotJob(id, snapshotId, kind, scope, SnapshotJobState.INTERRUPTED, recordsDone, 0,
                "SNAPSHOT_JOB_INTERRUPTED", "确认任务所在的进程已停止，快照未生成；请重新确认", startedBy, createdAt,
                startedAt, now);
    }

    /** Records written per second since the job started (0 before it started). */
    public double rate(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long ms = Math.max(1, Duration.between(startedAt, end).toMillis());
        return recordsDone * 1000.0 / ms;
    }
}
