package cn.shuangsuiji.drawprotocol;

/**
 * 回避关系 — an inspector who must not inspect a target (conflict of interest: relatives, other
 * interest, earlier involvement). Computed privately from declared relations before the draw; only
 * the pair and a coarse reason code are committed and published.
 */
public record ConflictPair(InspectorId inspector, TargetId target, String reason) implements Comparable<ConflictPair> {
    public ConflictPair {
        if (inspector == null || target == null) {
            throw new IllegalArgumentException("conflict pair needs inspector and target");
        }
        Text.id(reason, "conflict reason");
    }

    /** Canonical record: str("ssj.conflict") ‖ str(inspectorId) ‖ str(targetId) ‖ str(reason). */
    public void encode(Canonical out) {
        out.str("ssj.conflict").str(inspector.value()).str(target.value()).str(reason);
    }

    /** Canonical order: inspector id, then target id, then reason (UTF-8 bytes). */
    @Override
    public int compareTo(ConflictPair o) {
        int c = inspector.compareTo(o.inspector);
        if (c == 0) {
            c = target.compareTo(o.target);
        }
        return c != 0 ? c : Text.compareUtf8(reason, o.reason);
    }
}
