package cn.shuangsuiji.drawprotocol;

/**
 * 抽中专家 — an expert drawn to help the team of {@code target} with {@code field} of {@code department}'s need. Not a
 * team member: never the leader, not counted toward the team size, records no results.
 */
public record ExpertAssignment(TargetId target, ExpertId expert, DepartmentId department, String field) {
    public ExpertAssignment {
        if (target == null || expert == null || department == null) {
            throw new IllegalArgumentException("expert assignment needs target, expert and department");
        }
        Text.id(field, "expert field");
    }
}
