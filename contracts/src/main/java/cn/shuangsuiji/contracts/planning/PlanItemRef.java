package cn.shuangsuiji.contracts.planning;

import java.util.Objects;

/**
 * 抽查事项引用 — one published version of an inspection item (随机抽查事项) used by a planned task.
 *
 * @param itemId       the item's stable id
 * @param version      the published version the plan refers to
 * @param departmentId the department contributing the item to the plan: its owner, or a department that claimed
 *                     (认领) it; in a joint plan, the department whose inspectors check it
 */
public record PlanItemRef(String itemId, int version, String departmentId) {

    public PlanItemRef {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(departmentId, "departmentId");
    }
}
