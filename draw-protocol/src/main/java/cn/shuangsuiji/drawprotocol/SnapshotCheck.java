package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.List;

/** Names the differences between two sets of snapshot roots. */
final class SnapshotCheck {
    private SnapshotCheck() {
    }

    static List<String> differences(SnapshotRoots committed, SnapshotRoots actual) {
        List<String> d = new ArrayList<>();
        compare(d, "targets root", committed.targetsRoot(), actual.targetsRoot());
        compare(d, "target count", committed.targetCount(), actual.targetCount());
        compare(d, "eligibility root", committed.eligibilityRoot(), actual.eligibilityRoot());
        compare(d, "exclusion count", committed.exclusionCount(), actual.exclusionCount());
        compare(d, "inspectors root", committed.inspectorsRoot(), actual.inspectorsRoot());
        compare(d, "inspector count", committed.inspectorCount(), actual.inspectorCount());
        compare(d, "conflicts root", committed.conflictsRoot(), actual.conflictsRoot());
        compare(d, "conflict count", committed.conflictCount(), actual.conflictCount());
        return d;
    }

    static String describe(SnapshotRoots committed, SnapshotRoots actual) {
        return String.join("; ", differences(committed, actual));
    }

    private static void compare(List<String> d, String what, Object committed, Object actual) {
        if (!committed.equals(actual)) {
            d.add(what + ": committed " + committed + ", recomputed " + actual);
        }
    }
}
