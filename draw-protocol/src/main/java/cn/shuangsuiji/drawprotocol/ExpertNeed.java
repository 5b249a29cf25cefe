package cn.shuangsuiji.drawprotocol;

/**
 * 专家需求 — one expert of {@code field} (专业领域) from {@code department}'s expert library helps every team of the
 * draw (S0 9; S3 一(一)). Ordered by department, then field.
 */
public record ExpertNeed(DepartmentId department, String field) implements Comparable<ExpertNeed> {
    public ExpertNeed {
        if (department == null) {
            throw new IllegalArgumentException("expert need needs a department");
        }
        Text.id(field, "expert field");
    }

    @Override
    public int compareTo(ExpertNeed o) {
        int c = department.compareTo(o.department);
        return c != 0 ? c : Text.compareUtf8(field, o.field);
    }
}
