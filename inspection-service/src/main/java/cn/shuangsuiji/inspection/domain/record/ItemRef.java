package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/** 检查事项版本引用 — an item version the plan referenced, and the department that checks it. */
public record ItemRef(String itemId, int version, String departmentId) {

    public ItemRef {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(departmentId, "departmentId");
    }
}
