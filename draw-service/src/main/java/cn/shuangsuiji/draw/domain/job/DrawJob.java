package cn.shuangsuiji.draw.domain.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * 抽取任务 — the commit or execution of a draw run in the background (issue 12: a draw over 10^7 candidates takes
 * longer than a request may). The draw's own state change stays one transaction; the job only tells the caller
 * where it is and, once {@code COMPLETED}, which draw it stored.
 *
 * @param drawId      the draw (known from the start for an execution; set when a commit completes)
 * @param departmentId the department of the caller who started it (who else may read the job)
 * @param failureKind  the kind of refusal that ended a failed job ({@code ProblemKind}: INVALID → 422, CONFLICT → 409, …)
 */
public record DrawJob(String id, DrawJobKind kind, String planId, String taskId, String drawId, DrawJobState state,
                      String failureCode, String failureTitle, String failureDetail, String failureKind,
                      String startedBy, String departmentId, Instant createdAt, Instant startedAt,
                      Instant finishedAt) {

    public DrawJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static DrawJob queued(String id, DrawJobKind kind, String planId, String taskId, String drawId,
                                 String startedBy, String departmentId, Instant now) {
        return new DrawJob(id, kind, planId, taskId, drawId, DrawJobState.QUEUED, null, null, null, null, startedBy,
                departmentId, now, null, null);
    }

    public DrawJob running(Instant now) {
        return new DrawJob(id, kind, planId, taskId, drawId, DrawJobState.RUNNING, null, null, null, null, startedBy,
                departmentId, createdAt, now, null);
    }

    public DrawJob completed(String storedDrawId, Instant now) {
        return new DrawJob(id, kind, planId, taskId, storedDrawId, DrawJobState.COMPLETED, null, null, null, null,
                startedBy, departmentId, createdAt, startedAt, now);
    }

    public DrawJob failed(String kindOfProblem, String code, String title, String detail, Instant now) {
        return new DrawJob(id, kind, planId, taskId, drawId, DrawJobState.FAILED, code, title, detail, kindOfProblem,
                startedBy, departmentId, createdAt, startedAt, now);
    }

    public DrawJob interrupted(Instant now) {
        return new DrawJob(id, kind, planId, taskId, drawId, DrawJobState.INTERRUPTED, "DRAW_JOB_INTERRUPTED",
                "抽取任务中断", "任务所在的进程已停止，" + (kind == DrawJobKind.COMMIT ? "抽取未承诺" : "抽取未执行")
                + "；请重新提交", null, startedBy, departmentId, createdAt, startedAt, now);
    }

    /** Milliseconds from start to end (or to {@code now} while it runs); 0 before it started. */
    public long elapsedMillis(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis());
    }
}
