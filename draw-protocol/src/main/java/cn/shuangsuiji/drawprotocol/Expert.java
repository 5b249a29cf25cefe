package cn.shuangsuiji.drawprotocol;

import java.util.List;
import java.util.TreeSet;

/**
 * 专家 — an expert record of the committed expert pool (docs/draw-protocol.md §8a, revision 1.4). Experts help an
 * inspection team with a field of expertise (专业领域, S3 一(一); S0 9); they are not inspectors (S2 15).
 *
 * @param id         opaque expert id
 * @param department the department whose expert library keeps the expert
 * @param active     available for draws
 * @param fields     fields of expertise (专业领域), sorted by UTF-8 bytes without duplicates
 */
public record Expert(ExpertId id, DepartmentId department, boolean active, List<String> fields) {
    public Expert {
        if (id == null || department == null) {
            throw new IllegalArgumentException("expert id and department are required");
        }
        TreeSet<String> sorted = new TreeSet<>(Text::compareUtf8);
        for (String f : fields == null ? List.<String>of() : fields) {
            sorted.add(Text.id(f, "expert field"));
        }
        fields = List.copyOf(sorted);
    }

    /** Canonical record: str("ssj.expert") ‖ str(id) ‖ str(department) ‖ bool(active) ‖ list(str field). */
    public void encode(Canonical out) {
        out.str("ssj.expert").str(id.value()).str(department.value()).bool(active).strList(fields);
    }
}
