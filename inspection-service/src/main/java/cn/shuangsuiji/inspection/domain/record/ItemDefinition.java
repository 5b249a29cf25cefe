package cn.shuangsuiji.inspection.domain.record;

import java.util.List;
import java.util.Objects;

/**
 * 抽查事项（版本） — one published item version as the registry published it: its sub-items and the options a
 * sub-item's result may take (正常/不正常 unless the item has its own).
 */
public record ItemDefinition(String itemId, int version, String departmentId, String checkProject,
                             List<String> subItems, String legalBasis, String method, List<String> options) {

    /** The options of an item without its own: 正常, 不正常. */
    public static final List<String> DEFAULT_OPTIONS = List.of("NORMAL", "ABNORMAL");

    public ItemDefinition {
        Objects.requireNonNull(itemId, "itemId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
        options = options == null || options.isEmpty() ? DEFAULT_OPTIONS : List.copyOf(options);
    }

    /** The sub-items to answer: the published ones, or the item itself when it has none. */
    public List<String> answerable() {
        return subItems.isEmpty() ? List.of(checkProject == null ? itemId : checkProject) : subItems;
    }

    public ItemRef ref(String checkingDepartment) {
        return new ItemRef(itemId, version, checkingDepartment);
    }
}
