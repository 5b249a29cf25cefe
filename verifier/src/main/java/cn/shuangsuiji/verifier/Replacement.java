package cn.shuangsuiji.verifier;

/**
 * 人员调整 — a drawn inspector replaced (回避, post change, health …; approved by the department head,
 * rules.md §4 [S0 16; S1 16]) by the next-ranked eligible inspector of the same department for that
 * target (抽取递补, [S2 19, 21]).
 *
 * @param target      the target whose team changes
 * @param replaced    the inspector taken out
 * @param replacement the inspector taken in
 * @param reason      reason code
 * @param approvedBy  who approved (department head)
 * @param team        the team after the change
 */
public record Replacement(TargetId target, InspectorId replaced, InspectorId replacement, String reason,
        String approvedBy, Team team) implements PostDrawAction {
    public Replacement {
        if (target == null || replaced == null || replacement == null || team == null) {
            throw new IllegalArgumentException("replacement needs target, both inspectors and the team");
        }
        Text.id(reason, "replacement reason");
        Text.id(approvedBy, "approved by");
    }
}
