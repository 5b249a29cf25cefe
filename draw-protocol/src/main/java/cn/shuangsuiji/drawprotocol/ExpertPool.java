package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 专家库快照 — the committed expert pool (docs/draw-protocol.md §3, §8a; revision 1.4): expert records in id order and
 * the expert conflict pairs (专家回避名单) in canonical order, each set summarised by a Merkle root.
 */
public final class ExpertPool {
    private final List<Expert> experts;
    private final Map<ExpertId, Integer> index = new HashMap<>();
    private final List<ExpertConflict> conflicts;
    private final Set<ExpertConflictKey> conflictKeys = new HashSet<>();
    private final Hash32 root;
    private final Hash32 conflictsRoot;

    private record ExpertConflictKey(ExpertId expert, TargetId target) {
    }

    public ExpertPool(List<Expert> records, List<ExpertConflict> conflictPairs) {
        List<Expert> sorted = new ArrayList<>(records == null ? List.of() : records);
        sorted.sort(Comparator.comparing(Expert::id));
        for (int i = 0; i < sorted.size(); i++) {
            if (index.put(sorted.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate expert id: " + sorted.get(i).id());
            }
        }
        this.experts = List.copyOf(sorted);
        TreeSet<ExpertConflict> pairs = new TreeSet<>();
        for (ExpertConflict p : conflictPairs == null ? List.<ExpertConflict>of() : conflictPairs) {
            if (p == null || !pairs.add(p)) {
                throw new IllegalArgumentException("expert conflict pair missing or listed twice: " + p);
            }
            if (!index.containsKey(p.expert())) {
                throw new IllegalArgumentException("expert conflict pair names an unknown expert: " + p);
            }
            conflictKeys.add(new ExpertConflictKey(p.expert(), p.target()));
        }
        this.conflicts = List.copyOf(pairs);
        Canonical out = new Canonical();
        List<byte[]> encoded = new ArrayList<>(experts.size());
        for (Expert e : experts) {
            e.encode(out.reset());
            encoded.add(out.toByteArray());
        }
        this.root = Merkle.rootOfRecords(encoded);
        List<byte[]> encodedPairs = new ArrayList<>(conflicts.size());
        for (ExpertConflict p : conflicts) {
            p.encode(out.reset());
            encodedPairs.add(out.toByteArray());
        }
        this.conflictsRoot = Merkle.rootOfRecords(encodedPairs);
    }

    /** The experts in canonical order. */
    public List<Expert> all() {
        return experts;
    }

    /** The conflict pairs in canonical order. */
    public List<ExpertConflict> conflicts() {
        return conflicts;
    }

    public int size() {
        return experts.size();
    }

    /** Merkle root of the expert records. */
    public Hash32 root() {
        return root;
    }

    /** Merkle root of the expert conflict pairs. */
    public Hash32 conflictsRoot() {
        return conflictsRoot;
    }

    /** Whether the expert must not help inspect the target. */
    public boolean conflict(ExpertId expert, TargetId target) {
        return conflictKeys.contains(new ExpertConflictKey(expert, target));
    }

    /** The expert with this id, or null. */
    public Expert find(ExpertId id) {
        Integer i = index.get(id);
        return i == null ? null : experts.get(i);
    }

    /** Active experts of {@code need}'s department with its field (before conflicts and workload). */
    public long available(ExpertNeed need) {
        return experts.stream().filter(e -> e.active() && e.department().equals(need.department())
                && e.fields().contains(need.field())).count();
    }

    /** The commitment's expert terms for these records. */
    public ExpertTerms terms(List<ExpertNeed> needs, int maxAssignmentsPerExpert) {
        return new ExpertTerms(needs, maxAssignmentsPerExpert, root, experts.size(), conflictsRoot, conflicts.size());
    }
}
