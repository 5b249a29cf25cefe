package cn.shuangsuiji.inspection.domain.record;

import java.util.List;
import java.util.Objects;

/**
 * 抽查事项（版本） — one published item version as the registry published it: its sub-items and the options each
 * sub-item's result may take (正常/不正常 unless the item gives the sub-item its own, S0 11).
 *
 * <p>正常 and 不正常 are kept as their stable codes {@code NORMAL} and {@code ABNORMAL}; either form is accepted from
 * a client ({@link #canonical}). An item's own options (e.g. 合格, 不合格, 不适用) are kept as published.
 *
 * @param options        the options of a sub-item the registry did not list (and of an item without sub-items)
 * @param subItemOptions each listed sub-item's own options, in canonical form (a list, not a map: a sub-item's
 *                       name may hold characters a stored map key may not)
 */
public record ItemDefinition(String itemId, int version, String departmentId, String checkProject,
                             List<String> subItems, String legalBasis, String method, List<String> options,
                             List<SubItemOptions> subItemOptions) {

    /** The options of an item without its own: 正常, 不正常. */
    public static final List<String> DEFAULT_OPTIONS = List.of("NORMAL", "ABNORMAL");

    public ItemDefinition {
        Objects.requireNonNull(itemId, "itemId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
        options = options == null || options.isEmpty() ? DEFAULT_OPTIONS
                : options.stream().map(ItemDefinition::canonical).toList();
        subItemOptions = subItemOptions == null ? List.of() : List.copyOf(subItemOptions);
    }

    /** An item version whose sub-items all take the same options. */
    public ItemDefinition(String itemId, int version, String departmentId, String checkProject,
                          List<String> subItems, String legalBasis, String method, List<String> options) {
        this(itemId, version, departmentId, checkProject, subItems, legalBasis, method, options, List.of());
    }

    /** The stable code of 正常 ({@code NORMAL}) and 不正常 ({@code ABNORMAL}); any other option as given. */
    public static String canonical(String option) {
        if (option == null) {
            return null;
        }
        String o = option.strip();
        return switch (o) {
            case "正常" -> "NORMAL";
            case "不正常" -> "ABNORMAL";
            default -> o;
        };
    }

    /** The sub-items to answer: the published ones, or the item itself when it has none. */
    public List<String> answerable() {
        return subItems.isEmpty() ? List.of(checkProject == null ? itemId : checkProject) : subItems;
    }

    /** The options a sub-item's result may take, in canonical form. */
    public List<String> optionsOf(String subItem) {
        return subItemOptions.stream().filter(s -> s.subItem().equals(subItem)).findFirst()
                .map(SubItemOptions::options).orElse(options);
    }

    /**
     * 检查子项可选结果 — the options of one sub-item.
     *
     * @param subItem the sub-item's name
     * @param options its options, in canonical form (正常/不正常 when none are given)
     */
    public record SubItemOptions(String subItem, List<String> options) {

        public SubItemOptions {
            Objects.requireNonNull(subItem, "subItem");
            options = options == null || options.isEmpty() ? DEFAULT_OPTIONS
                    : options.stream().map(ItemDefinition::canonical).toList();
        }
    }

    public ItemRef ref(String checkingDepartment) {
        return new ItemRef(itemId, version, checkingDepartment);
    }
}
