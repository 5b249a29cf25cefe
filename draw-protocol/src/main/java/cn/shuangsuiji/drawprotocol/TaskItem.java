package cn.shuangsuiji.drawprotocol;

/** 抽查事项 — an inspection item of the task and the department that checks it. */
public record TaskItem(DepartmentId department, String itemCode) implements Comparable<TaskItem> {
    public TaskItem {
        if (department == null) {
            throw new IllegalArgumentException("task item needs a department");
        }
        Text.id(itemCode, "item code");
    }

    @Override
    public int compareTo(TaskItem o) {
        int c = department.compareTo(o.department);
        return c != 0 ? c : Text.compareUtf8(itemCode, o.itemCode);
    }
}
