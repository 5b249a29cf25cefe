package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 执法检查人员名录快照 — the inspector-registry snapshot, in canonical order (ascending id bytes). */
public final class InspectorPool {
    private final List<Inspector> inspectors;
    private final Map<InspectorId, Integer> index = new HashMap<>();
    private final Hash32 root;

    public InspectorPool(List<Inspector> records) {
        List<Inspector> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(Inspector::id));
        for (int i = 0; i < sorted.size(); i++) {
            if (index.put(sorted.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate inspector id: " + sorted.get(i).id());
            }
        }
        this.inspectors = List.copyOf(sorted);
        List<byte[]> encoded = new ArrayList<>(sorted.size());
        Canonical out = new Canonical();
        for (Inspector in : sorted) {
            in.encode(out.reset());
            encoded.add(out.toByteArray());
        }
        this.root = Merkle.rootOfRecords(encoded);
    }

    public static InspectorPool empty() {
        return new InspectorPool(List.of());
    }

    /** The inspectors in canonical order. */
    public List<Inspector> all() {
        return inspectors;
    }

    public int size() {
        return inspectors.size();
    }

    /** Merkle root of the inspector records. */
    public Hash32 root() {
        return root;
    }

    /** Position in canonical order, or -1. */
    public int indexOf(InspectorId id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public Inspector get(int i) {
        return inspectors.get(i);
    }
}
