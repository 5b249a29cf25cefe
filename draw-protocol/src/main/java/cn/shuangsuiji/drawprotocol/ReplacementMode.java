package cn.shuangsuiji.drawprotocol;

/** 更换方式 — how the replacement inspector of a {@link Replacement} was found (docs/draw-protocol.md §9). */
public enum ReplacementMode {
    /** 抽取递补: the next-ranked eligible inspector; the verifier recomputes the choice [S2 19, 21]. */
    NEXT_RANKED,
    /**
     * 审批指定: named by the approver, allowed only when the committed rule is
     * {@link ReplacementRule#APPROVAL_ONLY} [S1 16]; the verifier checks the named inspector was eligible.
     */
    APPROVER_CHOICE
}
