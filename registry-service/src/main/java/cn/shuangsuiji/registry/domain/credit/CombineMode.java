package cn.shuangsuiji.registry.domain.credit;

/**
 * 合并方式 — how a risk rule's class combines with the credit class imported from the registration system, which
 * always stays the base.
 */
public enum CombineMode {
    /** The higher risk of the two: feedback only ever raises the class (从高). */
    HIGHER_RISK,
    /** The rule's class replaces the imported one while a fact is active — it may lower the class (以规则为准). */
    RULE_REPLACES
}
