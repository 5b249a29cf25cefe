package cn.shuangsuiji.drawprotocol;

/**
 * 抽取输入 — the commitment together with the snapshots it commits to. The constructor checks that the
 * snapshots hash to the committed roots and counts (the targets roots are cached by the table, so a
 * draw-service that keeps the table pays for them once) and that every conflict pair names a known
 * inspector and target.
 */
public record DrawInputs(DrawCommitment commitment, CandidateTable targets, InspectorPool inspectors,
        ConflictSet conflicts, ExpertPool experts) {
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
        ExpertTerms terms = commitment.experts();
        if (terms == null && experts != null && experts.size() > 0) {
            throw new DrawException("SNAPSHOT_MISMATCH", "an expert pool is given but the commitment has no expert terms");
        }
        if (terms != null) {
            if (experts == null || !terms.matches(experts)) {
                throw new DrawException("SNAPSHOT_MISMATCH", "the expert pool does not hash to the committed roots/counts"
                        + (experts == null ? " (no pool)" : ": " + experts.size() + " experts, "
                        + experts.conflicts().size() + " expert conflict pairs, root " + experts.root()));
            }
            for (ExpertConflict p : experts.conflicts()) {
                if (targets.indexOf(p.target().value()) < 0) {
                    throw new DrawException("SNAPSHOT_MISMATCH", "expert conflict pair names an unknown target: " + p);
                }
            }
        }
    }

    /** Inputs without an expert pool (every draw before revision 1.4). */
    public DrawInputs(DrawCommitment commitment, CandidateTable targets, InspectorPool inspectors,
            ConflictSet conflicts) {
        this(commitment, targets, inspectors, conflicts, null);
    }
}
