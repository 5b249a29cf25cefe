package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;

/**
 * 抽查事项引用 — a published item version used by a task, and the plan department that contributes it (its owner
 * or a department that claimed it).
 */
public record ItemRef(String itemId, int version, DepartmentId departmentId) {

    public ItemRef {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(departmentId, "departmentId");
        if (itemId.isBlank() || version < 1) {
            throw new IllegalArgumentException("事项标识不能为空，版本从 1 开始");
        }
    }
}
