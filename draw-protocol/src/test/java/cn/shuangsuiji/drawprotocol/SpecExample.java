package cn.shuangsuiji.drawprotocol;

import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.util.List;

/**
 * The example draw of docs/draw-protocol.md §14.1: a small snapshot (3 targets, 1 exclusion, 5 inspectors, 1
 * conflict pair), a commitment in three revisions (plain, with the replacement-rule trailer, with the
 * source-format trailer) and the OK result of the pinned one under the drand quicknet round of §14.
 */
public final class SpecExample {

    public static final DepartmentId AMR = new DepartmentId("QY-AMR");
    public static final DepartmentId GAJ = new DepartmentId("QY-GAJ");
    public static final long ROUND = 657413L;
    public static final String SIGNATURE = "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862"
            + "b98fad56e91a6b85b89cd97b";
    public static final String SOURCE_VALUE = "3 9 14 21 27 30 12";
    public static final String REVEAL = "secret-one";

    private SpecExample() {
    }

    public static CandidateTable targets() {
        return CandidateTable.builder()
                .add("91110108MA01ABCD2X", "A", "")
                .add("91130634MA00000001", "A", "130634")
                .add("91130634MA00000002", "B", "130634")
                .add("91130634MA00000003", "A", "130634")
                .add("91130634MA00000004", "A", "130601")
                .exclude("91130634MA00000002", "ANNUAL_LIMIT")
                .build();
    }

    public static InspectorPool inspectors() {
        return new InspectorPool(List.of(
                new Inspector(new InspectorId("GA-01"), GAJ, true, List.of("FIRE"), "130634"),
                new Inspector(new InspectorId("GA-02"), GAJ, true, List.of("FIRE"), ""),
                new Inspector(new InspectorId("SC-01"), AMR, true, List.of("LIC"), "130634"),
                new Inspector(new InspectorId("SC-02"), AMR, false, List.of("LIC"), ""),
                new Inspector(new InspectorId("SC-03"), AMR, true, List.of("LIC", "QUAL"), "130601")));
    }

    public static ConflictSet conflicts() {
        return new ConflictSet(List.of(new ConflictPair(new InspectorId("SC-01"), new TargetId("91130634MA00000001"),
                "DECLARED_RELATION")));
    }

    /** The commitment; {@code rule} null = SUBSTITUTION_DRAW (no trailer), {@code format} null = no format. */
    public static DrawCommitment commitment(ReplacementRule rule, String format) {
        DrawPolicy policy = new DrawPolicy(2, 1, 5, false, 1);
        if (rule != null) {
            policy = policy.withReplacementRule(rule);
        }
        return new DrawCommitment(DrawCommitment.ALGORITHM, "D-1", "P-1/T-1", "130634", "3",
                "2023-09-15T10:00:00Z", AMR, List.of(AMR, GAJ),
                List.of(new TaskItem(AMR, "LIC"), new TaskItem(GAJ, "FIRE")),
                List.of(StratumQuota.count("A", 2)), policy, SnapshotRoots.of(targets(), inspectors(), conflicts()),
                DrandQuicknet.spec(ROUND),
                List.of(new PublicSource("福彩3D", "2023年第248期", format)),
                List.of(WitnessCommitment.of("witness-1", REVEAL)));
    }

    public static DrawInputs pinnedInputs() {
        return new DrawInputs(commitment(null, "INTEGER_LIST"), targets(), inspectors(), conflicts());
    }

    public static SeedInputs seedInputs() {
        return new SeedInputs(new BeaconReading(ROUND, SIGNATURE), List.of(SOURCE_VALUE), List.of(REVEAL));
    }
}
