package cn.shuangsuiji.drawprotocol;

/**
 * 快照承诺 — Merkle roots and record counts of the four committed snapshots: targets (名录库),
 * eligibility facts (exclusions), inspectors (执法人员库) and conflict pairs (回避名单).
 */
public record SnapshotRoots(Hash32 targetsRoot, long targetCount, Hash32 eligibilityRoot, long exclusionCount,
        Hash32 inspectorsRoot, long inspectorCount, Hash32 conflictsRoot, long conflictCount) {
    public SnapshotRoots {
        if (targetsRoot == null || eligibilityRoot == null || inspectorsRoot == null || conflictsRoot == null) {
            throw new IllegalArgumentException("all four snapshot roots are required");
        }
        if (targetCount < 0 || exclusionCount < 0 || inspectorCount < 0 || conflictCount < 0) {
            throw new IllegalArgumentException("counts are non-negative");
        }
    }

    /** Roots of the given snapshots (the targets roots are cached by the table). */
    public static SnapshotRoots of(CandidateTable targets, InspectorPool inspectors, ConflictSet conflicts) {
        return new SnapshotRoots(targets.targetsRoot(), targets.size(), targets.eligibilityRoot(),
                targets.exclusionCount(), inspectors.root(), inspectors.size(), conflicts.root(), conflicts.size());
    }

    void encode(Canonical out) {
        out.h32(targetsRoot).u64(targetCount).h32(eligibilityRoot).u64(exclusionCount)
                .h32(inspectorsRoot).u64(inspectorCount).h32(conflictsRoot).u64(conflictCount);
    }
}
