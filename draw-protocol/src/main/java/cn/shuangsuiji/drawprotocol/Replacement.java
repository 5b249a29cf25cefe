package cn.shuangsuiji.drawprotocol;

/**
 * 人员调整 — a drawn inspector replaced (回避, post change, health …; approved by the department head,
 * rules.md §4 [S0 16; S1 16]) by the next-ranked eligible inspector of the same department for that
 * target (抽取递补, [S2 19, 21]), or — where the committed policy's rule is
 * {@link ReplacementRule#APPROVAL_ONLY} — by an eligible inspector the approver names (审批指定, [S1 16]).
 *
 * @param target      the target whose team changes
 * @param replaced    the inspector taken out
 * @param replacement the inspector taken in
 * @param reason      reason code
 * @param approvedBy  who approved (department head)
 * @param team        the team after the change
 * @param mode        how the replacement was found
 */
public record Replacement(TargetId target, InspectorId replaced, InspectorId replacement, String reason,
        String approvedBy, Team team, ReplacementMode mode) implements PostDrawAction {

    /** A {@link ReplacementMode#NEXT_RANKED} replacement. */
    public Replacement(TargetId target, InspectorId replaced, InspectorId replacement, String reason,
            String approvedBy, Team team) {
        this(target, replaced, replacement, reason, approvedBy, team, ReplacementMode.NEXT_RANKED);
    }

    public Replacement {
        if (target == null || replaced == null || replacement == null || team == null || mode == null) {
            throw new IllegalArgumentException("replacement needs target, both inspectors, the team and the mode");
        }
        Text.id(reason, "replacement reason");
        Text.id(approvedBy, "approved by");
    }
}
