package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 回避名单 — the committed conflict pairs, in canonical order; duplicates rejected. */
public final class ConflictSet {
    private final List<ConflictPair> pairs;
    private final Set<String> keys = new HashSet<>();
    private final Hash32 root;

    public ConflictSet(List<ConflictPair> records) {
        List<ConflictPair> sorted = new ArrayList<>(records);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("duplicate conflict pair: " + sorted.get(i));
            }
        }
        for (ConflictPair p : sorted) {
            keys.add(key(p.inspector(), p.target()));
        }
        this.pairs = List.copyOf(sorted);
        List<byte[]> encoded = new ArrayList<>(sorted.size());
        Canonical out = new Canonical();
        for (ConflictPair p : sorted) {
            p.encode(out.reset());
            encoded.add(out.toByteArray());
        }
        this.root = Merkle.rootOfRecords(encoded);
    }

    public static ConflictSet empty() {
        return new ConflictSet(List.of());
    }

    private static String key(InspectorId i, TargetId t) {
        return i.value() + '\u0000' + t.value();
    }

    /** True when the inspector must not inspect the target. */
    public boolean contains(InspectorId inspector, TargetId target) {
        return keys.contains(key(inspector, target));
    }

    public List<ConflictPair> all() {
        return pairs;
    }

    public int size() {
        return pairs.size();
    }

    public Hash32 root() {
        return root;
    }
}
