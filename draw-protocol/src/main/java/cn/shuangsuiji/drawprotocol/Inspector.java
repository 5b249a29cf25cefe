package cn.shuangsuiji.drawprotocol;

import java.util.List;
import java.util.TreeSet;

/**
 * 执法检查人员 — an inspector record of the inspector-registry snapshot, as committed.
 *
 * @param id         opaque inspector id
 * @param department the department the inspector belongs to
 * @param active     in post and allowed to inspect (在岗、持证)
 * @param scope      codes of the inspection items the inspector may check (执法范围); stored sorted by
 *                   UTF-8 bytes without duplicates
 * @param area       station area (所在站所/辖区), "" when not recorded
 */
public record Inspector(InspectorId id, DepartmentId department, boolean active, List<String> scope, String area) {
    public Inspector {
        if (id == null || department == null) {
            throw new IllegalArgumentException("inspector id and department are required");
        }
        TreeSet<String> sorted = new TreeSet<>(Text::compareUtf8);
        for (String s : scope == null ? List.<String>of() : scope) {
            sorted.add(Text.id(s, "inspector scope item"));
        }
        scope = List.copyOf(sorted);
        area = Text.optionalId(area, "inspector area");
    }

    /** Canonical record: str("ssj.inspector") ‖ str(id) ‖ str(department) ‖ bool(active) ‖ list(str scope) ‖ str(area). */
    public void encode(Canonical out) {
        out.str("ssj.inspector").str(id.value()).str(department.value()).bool(active).strList(scope).str(area);
    }
}
