package cn.shuangsuiji.drawprotocol.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.Substitution;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;

/**
 * 演示抽取 — a complete, small joint draw under the DEMO beacon (not a public beacon): 市场监管局
 * initiating with 公安局 joining, 400 entities in credit classes A..D, 16 inspectors, a conflict
 * pair, a witness, a lottery source pinned before the beacon, one substitution and one replacement, all logged. Used by the CLI's
 * {@code demo} command and by tests; shows draw-service the calling sequence.
 */
public final class SampleDraw {
    public static final String DRAW_ID = "QY-2026-0001-D1";
    static final DepartmentId SCJGJ = new DepartmentId("QY-SCJGJ");
    static final DepartmentId GAJ = new DepartmentId("QY-GAJ");

    private SampleDraw() {
    }

    /** The lottery value the sample draw enters (and logs) before the beacon round. */
    public static final String SOURCE_VALUE = "3 9 14 21 27 30 12";
    /** When the sample logs the SOURCE entry: before the committed round's time. */
    public static final String SOURCE_AT = "2026-03-02T01:06:00Z";

    /** Runs the whole sequence and returns the bundle. */
    public static Bundle bundle() {
        return bundle(SOURCE_VALUE, SOURCE_VALUE, SOURCE_AT);
    }

    /**
     * The same sequence, every hash recomputed, with the source value {@code loggedValue} in its SOURCE entry at
     * {@code loggedAt} (no SOURCE entry when null) and {@code usedValue} in the seed — for the tamper tests of
     * the pinned-source rule.
     */
    public static Bundle bundle(String loggedValue, String usedValue, String loggedAt) {
        CandidateTable targets = targets();
        InspectorPool inspectors = inspectors();
        ConflictSet conflicts = new ConflictSet(List.of(
                new ConflictPair(new InspectorId("SC-01"), new TargetId(targetId(7)), "DECLARED"),
                new ConflictPair(new InspectorId("GA-02"), new TargetId(targetId(7)), "DECLARED")));
        // 2026-03-02T01:00:00Z; the committed round is a quicknet-clock round 10 minutes later
        long committedAt = 1772413200L;
        long round = DrandQuicknet.firstRoundAfter(committedAt + 600);
        String secret = "witness-secret-7f3a9c1e5b2d4f60a8c7e9b1d3f5a7c9";
        DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, DRAW_ID, "QY-2026-0001", "130634",
                "QY-2026.1", "2026-03-02T01:00:00Z", SCJGJ, List.of(SCJGJ, GAJ),
                List.of(new TaskItem(SCJGJ, "SC-LIC"), new TaskItem(SCJGJ, "SC-ADV"), new TaskItem(GAJ, "GA-FIRE")),
                List.of(StratumQuota.ratio("A", "0.02"), StratumQuota.ratio("B", "0.05"),
                        StratumQuota.ratio("C", "0.1"), StratumQuota.count("D", 8)),
                new DrawPolicy(2, 1, 3, false, 3), SnapshotRoots.of(targets, inspectors, conflicts),
                DemoBeacon.spec(round), List.of(new PublicSource("福彩双色球 2026023", "red balls then blue ball of draw 2026023",
                        "INTEGER_LIST:7")),
                List.of(WitnessCommitment.of("媒体见证人", secret)));
        DrawInputs inputs = new DrawInputs(c, targets, inspectors, conflicts);
        DrawLog log = DrawLog.empty().append(cn.shuangsuiji.drawprotocol.LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer-01",
                DrawLog.commit(DRAW_ID, c.hash()));
        log = log.append(cn.shuangsuiji.drawprotocol.LogKind.WITNESS, "2026-03-02T01:05:00Z", "drawer-01",
                DrawLog.witness(DRAW_ID, "媒体见证人", secret));
        // the lottery result is entered and logged before the beacon round's time (pinned-source rule)
        if (loggedValue != null) {
            log = log.append(cn.shuangsuiji.drawprotocol.LogKind.SOURCE, loggedAt, "drawer-01",
                    DrawLog.source(DRAW_ID, "福彩双色球 2026023", loggedValue));
        }
        SeedInputs seedInputs = new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)),
                List.of(usedValue), List.of(secret));
        DrawEngine engine = new DrawEngine();
        DrawResult result = engine.draw(inputs, seedInputs);
        log = log.append(cn.shuangsuiji.drawprotocol.LogKind.EXECUTE, "2026-03-02T01:11:00Z", "drawer-01",
                DrawLog.execute(DRAW_ID, round, result));
        log = log.append(cn.shuangsuiji.drawprotocol.LogKind.CONFIRM, "2026-03-02T01:12:00Z", "supervisor-01",
                DrawLog.confirm(DRAW_ID, "SUPERVISOR", "supervisor-01"));
        List<PostDrawAction> actions = new ArrayList<>();
        Substitution s = engine.substitute(inputs, result, actions, result.selected().get(0).id(), "DEREGISTERED");
        actions.add(s);
        log = log.append(cn.shuangsuiji.drawprotocol.LogKind.SUBSTITUTE, "2026-03-03T02:00:00Z", "drawer-01",
                DrawLog.substitute(DRAW_ID, s));
        var team = result.teams().get(1);
        Replacement r = engine.replaceInspector(inputs, result, actions, team.target(), team.members().get(0),
                "AVOIDANCE", "head-SCJGJ");
        actions.add(r);
        log = log.append(cn.shuangsuiji.drawprotocol.LogKind.REPLACE, "2026-03-03T03:00:00Z", "drawer-01",
                DrawLog.replace(DRAW_ID, r));
        return BundleMapper.toBundle(inputs, seedInputs, result, actions, log);
    }

    static String targetId(int i) {
        return String.format("91130634MA%08X", i * 2654435761L & 0xFFFFFFFFL);
    }

    static CandidateTable targets() {
        SplittableRandom rnd = new SplittableRandom(20260302L);
        CandidateTable.Builder b = CandidateTable.builder(400);
        String[] classes = {"A", "A", "A", "A", "A", "B", "B", "B", "C", "D"};
        for (int i = 0; i < 400; i++) {
            b.add(targetId(i), classes[rnd.nextInt(classes.length)], "AREA-" + (i % 5));
        }
        b.exclude(targetId(3), "ANNUAL_LIMIT").exclude(targetId(11), "DEREGISTERED");
        return b.build();
    }

    static InspectorPool inspectors() {
        List<Inspector> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            list.add(new Inspector(new InspectorId(String.format("SC-%02d", i)), SCJGJ, i != 9,
                    i == 10 ? List.of("SC-LIC") : List.of("SC-LIC", "SC-ADV"), "AREA-" + (i % 5)));
        }
        for (int i = 1; i <= 8; i++) {
            list.add(new Inspector(new InspectorId(String.format("GA-%02d", i)), GAJ, true, List.of("GA-FIRE"),
                    "AREA-" + (i % 5)));
        }
        return new InspectorPool(list);
    }
}
