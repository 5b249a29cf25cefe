package cn.shuangsuiji.planning.domain.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * 流程记录 — one step of a plan version's workflow: who did it, when, and any note (全程留痕, S1 5; S2 10).
 *
 * @param action what was done, e.g. SUBMITTED
 * @param status the status after the step
 * @param by     who
 * @param at     when
 * @param note   reason or remark, may be null
 */
public record PlanStep(String action, PlanStatus status, Actor by, Instant at, String note) {

    public PlanStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
