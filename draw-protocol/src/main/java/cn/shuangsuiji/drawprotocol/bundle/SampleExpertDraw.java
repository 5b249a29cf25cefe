package cn.shuangsuiji.drawprotocol.bundle;

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
import cn.shuangsuiji.drawprotocol.Expert;
import cn.shuangsuiji.drawprotocol.ExpertConflict;
import cn.shuangsuiji.drawprotocol.ExpertId;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ExpertPool;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.util.ArrayList;
import java.util.List;

/**
 * 演示专家抽取 — the sample joint draw of {@link SampleDraw} (DEMO beacon) whose teams each need an expert of 特种设备
 * from 市场监管局's expert library (protocol revision 1.4, §8a): 8 experts (one inactive, one of another field, one
 * of 公安局's library), two of them in conflict with the first ten entities, a workload cap. For tests of the
 * library and the CLI.
 */
public final class SampleExpertDraw {
    public static final String DRAW_ID = "QY-2026-0002-D1";
    public static final String FIELD = "特种设备";
    static final DepartmentId SCJGJ = SampleDraw.SCJGJ;
    static final DepartmentId GAJ = SampleDraw.GAJ;

    private SampleExpertDraw() {
    }

    /** The expert pool: EX-01..EX-05 特种设备 (EX-03 also 食品安全), EX-06 inactive, EX-07 食品安全 only, EX-08 公安局. */
    public static ExpertPool experts() {
        List<Expert> experts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            experts.add(new Expert(new ExpertId(String.format("EX-%02d", i)), SCJGJ, true,
                    i == 3 ? List.of(FIELD, "食品安全") : List.of(FIELD)));
        }
        experts.add(new Expert(new ExpertId("EX-06"), SCJGJ, false, List.of(FIELD)));
        experts.add(new Expert(new ExpertId("EX-07"), SCJGJ, true, List.of("食品安全")));
        experts.add(new Expert(new ExpertId("EX-08"), GAJ, true, List.of(FIELD)));
        List<ExpertConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            conflicts.add(new ExpertConflict(new ExpertId("EX-01"), new TargetId(SampleDraw.targetId(i)), "DECLARED"));
            conflicts.add(new ExpertConflict(new ExpertId("EX-02"), new TargetId(SampleDraw.targetId(i)), "DECLARED"));
        }
        return new ExpertPool(experts, conflicts);
    }

    /** The committed inputs with a workload cap of {@code cap} teams per expert and these needs. */
    public static DrawInputs inputs(int cap, List<ExpertNeed> needs) {
        CandidateTable targets = SampleDraw.targets();
        InspectorPool inspectors = SampleDraw.inspectors();
        ConflictSet conflicts = new ConflictSet(List.of(
                new ConflictPair(new InspectorId("SC-01"), new TargetId(SampleDraw.targetId(7)), "DECLARED")));
        ExpertPool experts = experts();
        long round = DrandQuicknet.firstRoundAfter(1772413200L + 600);
        DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, DRAW_ID, "QY-2026-0002", "130634",
                "QY-2026.1", "2026-03-02T01:00:00Z", SCJGJ, List.of(SCJGJ, GAJ),
                List.of(new TaskItem(SCJGJ, "SC-LIC"), new TaskItem(GAJ, "GA-FIRE")),
                List.of(StratumQuota.ratio("A", "0.02"), StratumQuota.count("D", 8)),
                new DrawPolicy(2, 1, 3, false, 2), SnapshotRoots.of(targets, inspectors, conflicts),
                DemoBeacon.spec(round), List.of(), List.of(WitnessCommitment.of("媒体见证人", SECRET)))
                .withExperts(experts.terms(needs, cap));
        return new DrawInputs(c, targets, inspectors, conflicts, experts);
    }

    /** The seed inputs: the DEMO beacon's signature of the committed round and the witness's reveal. */
    public static SeedInputs seedInputs(DrawInputs inputs) {
        long round = inputs.commitment().beacon().round();
        return new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)), List.of(), List.of(SECRET));
    }

    /** The bundle of a draw with cap 3 and one 特种设备 expert per team. */
    public static Bundle bundle() {
        return bundle(3, List.of(new ExpertNeed(SCJGJ, FIELD)));
    }

    /** Commits, reveals, executes and logs the draw; returns its bundle. */
    public static Bundle bundle(int cap, List<ExpertNeed> needs) {
        DrawInputs inputs = inputs(cap, needs);
        DrawCommitment c = inputs.commitment();
        DrawLog log = DrawLog.empty().append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer-01",
                DrawLog.commit(DRAW_ID, c.hash()));
        log = log.append(LogKind.WITNESS, "2026-03-02T01:05:00Z", "drawer-01",
                DrawLog.witness(DRAW_ID, "媒体见证人", SECRET));
        SeedInputs seedInputs = seedInputs(inputs);
        DrawResult result = new DrawEngine().draw(inputs, seedInputs);
        log = log.append(LogKind.EXECUTE, "2026-03-02T01:11:00Z", "drawer-01",
                DrawLog.execute(DRAW_ID, c.beacon().round(), result));
        return BundleMapper.toBundle(inputs, seedInputs, result, List.of(), log);
    }

    private static final String SECRET = "witness-secret-2b7e151628aed2a6abf7158809cf4f3c";
}
