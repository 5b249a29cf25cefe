package cn.shuangsuiji.drawprotocol;

/**
 * 人员调整规则 — how the jurisdiction policy lets a drawn inspector be replaced (rules.md §4), committed with
 * the draw (docs/draw-protocol.md §4.2, trailer added in protocol revision 1.1).
 */
public enum ReplacementRule {
    /** 抽取递补: only the next-ranked eligible inspector may come in [S2 19, 21]. The default. */
    SUBSTITUTION_DRAW,
    /** 审批更换: the approving department head may also name the replacement, no lottery needed [S1 16]. */
    APPROVAL_ONLY
}
