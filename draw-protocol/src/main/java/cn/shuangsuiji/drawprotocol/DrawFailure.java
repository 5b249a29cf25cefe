package cn.shuangsuiji.drawprotocol;

/**
 * 抽取失败 — why a draw failed. There is no free text under the result hash: the only code is {@value #NO_TEAM}
 * (no valid team for a target) and its {@code detail} is a fixed function of structured values
 * (docs/draw-protocol.md §10.1) — {@link #noTeamInDepartment} when a department had too few eligible inspectors
 * for the target, {@link #noTeamTooSmall} when the team could not reach its size — so anyone who recomputes the
 * draw recomputes the failure byte for byte.
 *
 * @param code       failure code
 * @param target     target concerned, "" when none
 * @param department department concerned, "" when none
 * @param detail     the exact text of §10.1 for the code and its values
 */
public record DrawFailure(String code, String target, String department, String detail) {
    public static final String NO_TEAM = "NO_TEAM";
    /** No eligible expert for a team's expert need (revision 1.4, §8a). */
    public static final String NO_EXPERT = "NO_EXPERT";

    public DrawFailure {
        Text.id(code, "failure code");
        target = target == null ? "" : target;
        department = department == null ? "" : department;
        detail = detail == null ? "" : detail;
    }

    /**
     * NO_TEAM: department {@code department} has {@code found} eligible inspector(s) for {@code target} and the
     * policy needs {@code needed} (minPerDepartment). Detail:
     * {@code "department <department> has <found> eligible inspector(s) for target <target>, needs <needed>"}.
     */
    public static DrawFailure noTeamInDepartment(String target, String department, long found, long needed) {
        return new DrawFailure(NO_TEAM, target, department, "department " + department + " has " + found
                + " eligible inspector(s) for target " + target + ", needs " + needed);
    }

    /**
     * NO_TEAM: only {@code found} eligible inspectors for {@code target} where a team needs {@code needed}
     * (max(minTeamSize, departments × minPerDepartment)); department "". Detail:
     * {@code "only <found> eligible inspector(s) for target <target>, a team needs <needed>"}.
     */
    public static DrawFailure noTeamTooSmall(String target, long found, long needed) {
        return new DrawFailure(NO_TEAM, target, "", "only " + found + " eligible inspector(s) for target " + target
                + ", a team needs " + needed);
    }

    /**
     * NO_EXPERT (revision 1.4): no expert of {@code department}'s library with {@code field} is eligible for
     * {@code target} (active, not in conflict, below the workload cap, not already helping that team); department
     * = the need's. Detail: {@code "no eligible expert in field <field> of department <department> for target <target>"}.
     */
    public static DrawFailure noExpert(String target, String department, String field) {
        return new DrawFailure(NO_EXPERT, target, department, "no eligible expert in field " + field
                + " of department " + department + " for target " + target);
    }
}
