package cn.shuangsuiji.registry.domain.importing;

/**
 * 导入状态 — state of an import job. {@code INTERRUPTED}: the process running it died (its lease expired); the
 * counters and the job's event cover the rows written before that, and re-importing the file completes it.
 */
public enum ImportState {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    /** Whether the job still runs or waits (it holds a lease). */
    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
