package cn.shuangsuiji.drawprotocol;

/**
 * 专家回避关系 — an expert who must not help inspect a target (回避: relatives, other interest), computed privately
 * from keyed party and relation keys before the draw like the inspectors' {@link ConflictPair}; only the pair and
 * a coarse reason code are committed.
 */
public record ExpertConflict(ExpertId expert, TargetId target, String reason) implements Comparable<ExpertConflict> {
    public ExpertConflict {
        if (expert == null || target == null) {
            throw new IllegalArgumentException("expert conflict needs expert and target");
        }
        Text.id(reason, "expert conflict reason");
    }

    /** Canonical record: str("ssj.expert.conflict") ‖ str(expertId) ‖ str(targetId) ‖ str(reason). */
    public void encode(Canonical out) {
        out.str("ssj.expert.conflict").str(expert.value()).str(target.value()).str(reason);
    }

    /** Canonical order: expert id, then target id, then reason (UTF-8 bytes). */
    @Override
    public int compareTo(ExpertConflict o) {
        int c = expert.compareTo(o.expert);
        if (c == 0) {
            c = target.compareTo(o.target);
        }
        return c != 0 ? c : Text.compareUtf8(reason, o.reason);
    }
}
