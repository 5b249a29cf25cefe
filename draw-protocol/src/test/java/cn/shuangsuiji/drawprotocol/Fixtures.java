package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;

/** Small deterministic draws for tests. */
final class Fixtures {
    static final DepartmentId LEAD = new DepartmentId("SCJGJ");
    static final DepartmentId OTHER = new DepartmentId("GAJ");
    /** The first quicknet-clock round after 2026-03-02T01:10:00Z, 10 minutes after the fixtures commit. */
    static final long ROUND = 26_536_813L;

    private Fixtures() {
    }

    /** A target row description. */
    record Row(String id, String stratum, String area) {
    }

    static List<Row> rows(int n, String... strata) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(String.format("9113%014d", i * 7919L), strata[i % strata.length], "AREA-" + (i % 3)));
        }
        return rows;
    }

    static CandidateTable table(List<Row> rows, long shuffleSeed, String... excluded) {
        List<Row> copy = new ArrayList<>(rows);
        if (shuffleSeed != 0) {
            Collections.shuffle(copy, new Random(shuffleSeed));
        }
        CandidateTable.Builder b = CandidateTable.builder();
        for (Row r : copy) {
            b.add(r.id(), r.stratum(), r.area());
        }
        for (String e : excluded) {
            b.exclude(e, "ANNUAL_LIMIT");
        }
        return b.build();
    }

    static Inspector inspector(String id, DepartmentId dept, String... scope) {
        return new Inspector(new InspectorId(id), dept, true, List.of(scope), "");
    }

    static List<Inspector> inspectors(int perDept) {
        List<Inspector> list = new ArrayList<>();
        for (int i = 0; i < perDept; i++) {
            list.add(new Inspector(new InspectorId("SC-" + i), LEAD, true, List.of("LIC"), "AREA-" + (i % 3)));
            list.add(new Inspector(new InspectorId("GA-" + i), OTHER, true, List.of("FIRE"), "AREA-" + (i % 3)));
        }
        return list;
    }

    static DrawCommitment commitment(CandidateTable t, InspectorPool p, ConflictSet c, List<DepartmentId> depts,
            List<StratumQuota> quotas, DrawPolicy policy) {
        List<TaskItem> items = new ArrayList<>();
        if (depts.contains(LEAD)) {
            items.add(new TaskItem(LEAD, "LIC"));
        }
        if (depts.contains(OTHER)) {
            items.add(new TaskItem(OTHER, "FIRE"));
        }
        return new DrawCommitment(DrawCommitment.ALGORITHM, "D-1", "P-1", "130634", "v1", "2026-03-02T01:00:00Z",
                LEAD, depts, items, quotas, policy, SnapshotRoots.of(t, p, c), DemoBeacon.spec(ROUND),
                List.of(new PublicSource("lottery", "draw 2026023")),
                List.of(WitnessCommitment.of("witness-1", "secret-one-0123456789abcdef")));
    }

    static SeedInputs seedInputs() {
        return new SeedInputs(new BeaconReading(ROUND, DemoBeacon.sign(ROUND)), List.of("3 9 14 21 27 30 / 12"),
                List.of("secret-one-0123456789abcdef"));
    }

    static DrawInputs inputs(CandidateTable t, InspectorPool p, ConflictSet c, List<DepartmentId> depts,
            List<StratumQuota> quotas, DrawPolicy policy) {
        return new DrawInputs(commitment(t, p, c, depts, quotas, policy), t, p, c);
    }
}
