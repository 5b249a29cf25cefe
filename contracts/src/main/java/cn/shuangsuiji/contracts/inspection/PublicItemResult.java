package cn.shuangsuiji.contracts.inspection;

import java.util.List;
import java.util.Objects;

/**
 * 检查事项结果（公开部分） — the public result of one inspection item: the item version checked and the result of
 * each of its sub-items. Inspectors' notes are not part of it.
 *
 * @param itemId       the item's stable id
 * @param itemVersion  the item version the plan referenced
 * @param checkProject 检查项目
 * @param subItems     the sub-items' results, in the item's order
 */
public record PublicItemResult(String itemId, int itemVersion, String checkProject, List<SubItemResult> subItems) {

    public PublicItemResult {
        Objects.requireNonNull(itemId, "itemId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    /**
     * 检查子项结果 — one sub-item and the option recorded for it.
     *
     * @param subItem the sub-item's name, as published in the item version
     * @param result  the option chosen: NORMAL (正常), ABNORMAL (不正常) or one of the item's own options
     */
    public record SubItemResult(String subItem, String result) {

        public SubItemResult {
            Objects.requireNonNull(subItem, "subItem");
            Objects.requireNonNull(result, "result");
        }
    }
}
