package cn.shuangsuiji.contracts.planning;

import java.math.BigDecimal;

/**
 * 抽取数量 — how many entities one round of a task draws, for one credit-risk class or for the whole scope.
 * Exactly one of {@code ratio} and {@code count} is set.
 *
 * @param creditClass the credit-risk class (A..E) this size applies to, or null for the whole scope
 * @param ratio       share of the population drawn per round, e.g. 0.05
 * @param count       fixed number drawn per round
 */
public record PlanSampleSize(String creditClass, BigDecimal ratio, Integer count) {

    public PlanSampleSize {
        if ((ratio == null) == (count == null)) {
            throw new IllegalArgumentException("exactly one of ratio and count must be set");
        }
    }
}
