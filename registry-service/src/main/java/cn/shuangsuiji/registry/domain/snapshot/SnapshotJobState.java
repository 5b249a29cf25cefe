package cn.shuangsuiji.registry.domain.snapshot;

/**
 * 快照确认任务状态 — state of a snapshot confirmation job. {@code INTERRUPTED}: the process running it died (its
 * lease expired) before the snapshot was stored; nothing of it was kept, and confirming again starts afresh.
 */
public enum SnapshotJobState {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    /** Whether the job still runs or waits (it holds a lease). */
    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
