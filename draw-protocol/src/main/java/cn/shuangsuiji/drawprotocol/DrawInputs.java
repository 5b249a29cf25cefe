package cn.shuangsuiji.drawprotocol;

/**
 * 抽取输入 — the commitment together with the snapshots it commits to. The constructor checks that the
 * snapshots hash to the committed roots and counts (the targets roots are cached by the table, so a
 * draw-service that keeps the table pays for them once) and that every conflict pair names a known
 * inspector and target.
 */
public record DrawInputs(DrawCommitment commitment, CandidateTable targets, InspectorPool inspectors,
        ConflictSet conflicts) {
    public DrawInputs {
        if (commitment == null || targets == null || inspectors == null || conflicts == null) {
            throw new IllegalArgumentException("commitment and all snapshots are required");
        }
        SnapshotRoots actual = SnapshotRoots.of(targets, inspectors, conflicts);
        if (!actual.equals(commitment.snapshot())) {
            throw new DrawException("SNAPSHOT_MISMATCH", "the snapshots do not hash to the committed roots/counts: "
                    + SnapshotCheck.describe(commitment.snapshot(), actual));
        }
        for (ConflictPair p : conflicts.all()) {
            if (inspectors.indexOf(p.inspector()) < 0 || targets.indexOf(p.target().value()) < 0) {
                throw new DrawException("SNAPSHOT_MISMATCH", "conflict pair names an unknown inspector or target: " + p);
            }
        }
    }
}
