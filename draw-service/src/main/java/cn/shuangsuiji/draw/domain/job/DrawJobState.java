package cn.shuangsuiji.draw.domain.job;

/**
 * 抽取任务状态 — state of a draw job. {@code INTERRUPTED}: the process running it died (its lease expired) before the
 * draw was stored; the commit or execution's one transaction never ran, so nothing of it exists.
 */
public enum DrawJobState {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    /** Whether the job still runs or waits (it holds a lease). */
    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
