package cn.shuangsuiji.drawprotocol;

/**
 * 抽取规则 — the policy parameters of a draw, as committed (rules.md §4; jurisdiction policy).
 *
 * @param minTeamSize                at least this many inspectors per target (≥ 2, rules.md §4 [S2 19, 22])
 * @param minPerDepartment           each participating department sends at least this many (≥ 1, [S1 15])
 * @param maxAssignmentsPerInspector workload cap: targets one inspector may get in this draw (≥ 1)
 * @param excludeSameArea            an inspector whose station area equals the target's area is not eligible
 * @param reservePerStratum          length of the published substitution list (递补名单) per stratum (≥ 0)
 * @param replacementRule            whether a replaced inspector's successor may be named by the approver
 *                                   ({@link ReplacementRule#APPROVAL_ONLY}, S1 16) or must be the next-ranked
 *                                   one ({@link ReplacementRule#SUBSTITUTION_DRAW}, S2 19, 21)
 */
public record DrawPolicy(int minTeamSize, int minPerDepartment, int maxAssignmentsPerInspector,
        boolean excludeSameArea, int reservePerStratum, ReplacementRule replacementRule) {

    /** A policy whose replacements are drawn ({@link ReplacementRule#SUBSTITUTION_DRAW}). */
    public DrawPolicy(int minTeamSize, int minPerDepartment, int maxAssignmentsPerInspector, boolean excludeSameArea,
            int reservePerStratum) {
        this(minTeamSize, minPerDepartment, maxAssignmentsPerInspector, excludeSameArea, reservePerStratum,
                ReplacementRule.SUBSTITUTION_DRAW);
    }

    public DrawPolicy {
        if (replacementRule == null) {
            throw new IllegalArgumentException("replacement rule is required");
        }
        if (minTeamSize < 2) {
            throw new IllegalArgumentException("a team has at least 2 inspectors (rules §4)");
        }
        if (minPerDepartment < 1 || maxAssignmentsPerInspector < 1 || reservePerStratum < 0) {
            throw new IllegalArgumentException("minPerDepartment ≥ 1, maxAssignmentsPerInspector ≥ 1, reservePerStratum ≥ 0");
        }
    }

    /** The same policy with another replacement rule. */
    public DrawPolicy withReplacementRule(ReplacementRule rule) {
        return new DrawPolicy(minTeamSize, minPerDepartment, maxAssignmentsPerInspector, excludeSameArea,
                reservePerStratum, rule);
    }

    /** Team of 2, one per department at least, 20 targets per inspector, area not excluded, 10 reserves. */
    public static DrawPolicy defaults() {
        return new DrawPolicy(2, 1, 20, false, 10);
    }
}
