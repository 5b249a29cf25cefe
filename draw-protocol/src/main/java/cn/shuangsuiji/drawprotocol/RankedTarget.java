package cn.shuangsuiji.drawprotocol;

/**
 * 排序对象 — a target with its stratum and its rank key (unsigned 64-bit; {@link #keyHex()} is the
 * published form).
 */
public record RankedTarget(TargetId id, String stratum, long key) implements Comparable<RankedTarget> {
    public RankedTarget {
        if (id == null) {
            throw new IllegalArgumentException("target id is required");
        }
        Text.id(stratum, "stratum");
    }

    public String keyHex() {
        return Hex.key(key);
    }

    /** Protocol order: key (unsigned), then id bytes. */
    @Override
    public int compareTo(RankedTarget o) {
        return RankKeys.compare(key, id.value(), o.key, o.id.value());
    }
}
