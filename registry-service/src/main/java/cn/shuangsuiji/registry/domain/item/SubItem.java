package cn.shuangsuiji.registry.domain.item;

import java.util.HashSet;
import java.util.List;

/**
 * 检查子项 — one sub-item of a check project with the results an inspector may record for it (rules.md §1;
 * S0 11: 正常/不正常).
 *
 * @param name           e.g. 营业执照（登记证）规范悬挂
 * @param allowedResults e.g. 正常, 不正常
 */
public record SubItem(String name, List<String> allowedResults) {

    /** The results used when none are given. */
    public static final List<String> DEFAULT_RESULTS = List.of("正常", "不正常");

    public SubItem {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ItemContent.invalid("subItems.name", "ITEM_SUB_ITEM_NAME_INVALID", "检查子项名称不能为空且不超过 200 字");
        }
        name = name.strip();
        allowedResults = allowedResults == null || allowedResults.isEmpty() ? DEFAULT_RESULTS
                : allowedResults.stream().map(r -> r == null ? "" : r.strip()).toList();
        if (allowedResults.size() < 2 || allowedResults.stream().anyMatch(String::isEmpty)
                || new HashSet<>(allowedResults).size() != allowedResults.size()) {
            throw ItemContent.invalid("subItems.allowedResults", "ITEM_SUB_ITEM_RESULTS_INVALID",
                    "检查子项「" + name + "」的可选结果至少两个、互不相同且不能为空");
        }
    }

    /** A sub-item with the default results 正常/不正常. */
    public static SubItem of(String name) {
        return new SubItem(name, DEFAULT_RESULTS);
    }
}
