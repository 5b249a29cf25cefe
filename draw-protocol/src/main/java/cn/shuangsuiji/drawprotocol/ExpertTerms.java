package cn.shuangsuiji.drawprotocol;

import java.util.List;
import java.util.TreeSet;

/**
 * 专家抽取条款 — the expert part of a commitment (docs/draw-protocol.md §4.2, revision 1.4 trailer): which experts every
 * team needs (department, field), the workload cap of an expert in this draw, and the Merkle roots and counts of the
 * committed expert pool and expert conflict pairs. Absent (null) in a commitment without experts, which therefore
 * encodes exactly as before.
 *
 * @param needs                   one expert per (department, field) for every team; sorted, 1..64 of them
 * @param maxAssignmentsPerExpert workload cap (≥ 1): teams one expert may help in this draw
 * @param expertsRoot             Merkle root of the expert records
 * @param expertCount             number of expert records
 * @param conflictsRoot           Merkle root of the expert conflict pairs
 * @param conflictCount           number of expert conflict pairs
 */
public record ExpertTerms(List<ExpertNeed> needs, int maxAssignmentsPerExpert, Hash32 expertsRoot, long expertCount,
        Hash32 conflictsRoot, long conflictCount) {
    public ExpertTerms {
        TreeSet<ExpertNeed> sorted = new TreeSet<>();
        for (ExpertNeed n : needs == null ? List.<ExpertNeed>of() : needs) {
            if (n == null || !sorted.add(n)) {
                throw new IllegalArgumentException("expert need missing or listed twice: " + n);
            }
        }
        if (sorted.isEmpty() || sorted.size() > 64) {
            throw new IllegalArgumentException("expert terms name 1..64 needs");
        }
        needs = List.copyOf(sorted);
        if (maxAssignmentsPerExpert < 1) {
            throw new IllegalArgumentException("maxAssignmentsPerExpert must be at least 1");
        }
        if (expertsRoot == null || conflictsRoot == null || expertCount < 0 || conflictCount < 0) {
            throw new IllegalArgumentException("expert roots and counts are required");
        }
    }

    /**
     * The trailer: str("experts") ‖ list(str department ‖ str field) ‖ u32(maxAssignmentsPerExpert)
     * ‖ h32(expertsRoot) ‖ u64(expertCount) ‖ h32(expertConflictsRoot) ‖ u64(expertConflictCount).
     */
    void encode(Canonical out) {
        out.str("experts");
        out.list(needs, (o, n) -> o.str(n.department().value()).str(n.field()));
        out.u32(maxAssignmentsPerExpert).h32(expertsRoot).u64(expertCount).h32(conflictsRoot).u64(conflictCount);
    }

    /** Whether a pool hashes to these roots and counts. */
    public boolean matches(ExpertPool pool) {
        return pool.root().equals(expertsRoot) && pool.size() == expertCount
                && pool.conflictsRoot().equals(conflictsRoot) && pool.conflicts().size() == conflictCount;
    }
}
