package cn.shuangsuiji.verifier;

/**
 * 抽取失败 — why a draw failed. Codes: {@value #NO_TEAM} (no valid team for a target; department says
 * which one had no eligible inspector, "" when the team could not reach the minimum size).
 *
 * @param code       failure code
 * @param target     target concerned, "" when none
 * @param department department concerned, "" when none
 * @param detail     human-readable explanation
 */
public record DrawFailure(String code, String target, String department, String detail) {
    public static final String NO_TEAM = "NO_TEAM";

    public DrawFailure {
        Text.id(code, "failure code");
        target = target == null ? "" : target;
        department = department == null ? "" : department;
        detail = detail == null ? "" : detail;
    }
}
