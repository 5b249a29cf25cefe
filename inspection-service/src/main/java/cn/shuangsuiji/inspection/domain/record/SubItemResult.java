package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/**
 * 检查子项结果 — the option chosen for one sub-item, with the inspectors' note (not public); 正常/不正常 are kept as
 * their codes NORMAL/ABNORMAL.
 */
public record SubItemResult(String subItem, String option, String note) {

    public SubItemResult {
        Objects.requireNonNull(subItem, "subItem");
        Objects.requireNonNull(option, "option");
        option = ItemDefinition.canonical(option);
        note = note == null ? "" : note;
    }
}
