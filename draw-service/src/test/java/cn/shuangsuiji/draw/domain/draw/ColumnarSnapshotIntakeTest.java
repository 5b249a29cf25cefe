package cn.shuangsuiji.draw.domain.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotContent;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The streaming, columnar snapshot path (issue 12) against the object-per-record path it replaces: the same
 * content read by {@link EntitySnapshotReader} into a {@link CandidateIntake} commits to exactly the same inputs
 * as {@link SnapshotContent#read} + {@link DrawPreparation#prepare(ApprovedPlan, PlannedTask, List, List,
 * EligibilityFacts)}, for scopes, strata, exclusions, declared relations, older records and overlapping snapshots;
 * tampered content is refused the same way.
 */
class ColumnarSnapshotIntakeTest {

    /** Task scopes the intake paths are compared over: everything, a narrow one, one with listed and excluded ids. */
    static final List<TaskScope> SCOPES = List.of(TaskScope.everything(),
            new TaskScope(List.of("ENTERPRISE"), List.of("130600"), null, List.of("食品"), null, null, null),
            new TaskScope(null, List.of("130634", "130702"), List.of("C13"), null, List.of("A", "B"),
                    List.of("ent-" + DrawFixtures.uscc(1)), List.of("ent-" + DrawFixtures.uscc(4))));

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    /** 400 entities over classes A/B/C/none, three regions, two object types, tags and holders. */
    static List<EntityRecord> entities() {
        List<EntityRecord> list = new ArrayList<>();
        String[] classes = {"A", "B", "C", ""};
        String[] regions = {"130634", "130635", "130702", ""};
        for (int i = 0; i < 400; i++) {
            String uscc = DrawFixtures.uscc(i);
            List<String> keys = new ArrayList<>(List.of(DrawFixtures.key(uscc), DrawFixtures.key("法人证件" + i)));
            if (i % 7 == 0) {
                keys.add(DrawFixtures.key("股东" + (i % 3)).toUpperCase(Locale.ROOT));
            }
            list.add(new EntityRecord("ent-" + uscc, i % 5 == 0 ? "INDIVIDUAL" : "ENTERPRISE", regions[i % 4],
                    i % 2 == 0 ? "C13" : "F52", classes[i % 4], "ACTIVE", i % 3 == 0 ? List.of("食品") : List.of(),
                    0, uscc, "法人" + i, keys));
        }
        return list;
    }

    static List<InspectorRecord> inspectors() {
        List<InspectorRecord> list = new ArrayList<>(DrawFixtures.inspectors(3, List.of(
                DrawFixtures.key(DrawFixtures.uscc(5)), DrawFixtures.key("股东1"))));
        list.add(new InspectorRecord("ins-qy-psb-9", "qy-psb", "130634", "执法", List.of("item-psb-1"), List.of(),
                List.of(), "ACTIVE", List.of(DrawFixtures.key("法人证件12").toUpperCase(Locale.ROOT),
                DrawFixtures.key(DrawFixtures.uscc(40)))));
        return list;
    }

    static ApprovedPlan plan(TaskScope scope, List<PlannedTask.SampleSize> sizes) {
        ApprovedPlan base = DrawFixtures.plan(2, sizes);
        PlannedTask t = base.tasks().get(0);
        PlannedTask task = new PlannedTask(t.taskId(), t.name(), t.items(), scope, t.sampleSizes(), t.level(),
                t.dispatchedToDepartmentIds(), t.frequency(), t.inspectorTags());
        return new ApprovedPlan(base.planId(), base.planVersion(), base.kind(), base.year(),
                base.initiatingDepartmentId(), base.participatingDepartmentIds(), base.policy(), List.of(task),
                base.withdrawn());
    }

    static final List<PlannedTask.SampleSize> BY_CLASS = List.of(new PlannedTask.SampleSize("A", "0.05", null),
            new PlannedTask.SampleSize("B", null, 4), new PlannedTask.SampleSize(null, null, 3));
    static final List<PlannedTask.SampleSize> TWO_CLASSES = List.of(new PlannedTask.SampleSize("A", "0.05", null),
            new PlannedTask.SampleSize("C", null, 4));
    static final List<PlannedTask.SampleSize> WHOLE = List.of(new PlannedTask.SampleSize(null, "0.1", null));

    static final EligibilityFacts FACTS = new EligibilityFacts(
            Map.of("ent-" + DrawFixtures.uscc(1), 2, "ent-" + DrawFixtures.uscc(2), 1, "ent-unknown", 5),
            Set.of("ent-" + DrawFixtures.uscc(3), "ent-" + DrawFixtures.uscc(1), "ent-not-in-snapshot"),
            Set.of(EligibilityFacts.pair("ins-qy-psb-2", "ent-" + DrawFixtures.uscc(8)),
                    EligibilityFacts.pair("ins-qy-psb-2", "ent-missing")));

    @Test
    void streamedIntakeCommitsToTheSameInputsAsTheObjectPath() {
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, entities());
        List<TaskScope> scopes = SCOPES;
        int compared = 0;
        for (TaskScope scope : scopes) {
            for (List<PlannedTask.SampleSize> sizes : List.of(BY_CLASS, TWO_CLASSES, WHOLE)) {
                for (EligibilityFacts facts : List.of(EligibilityFacts.none(), FACTS)) {
                    ApprovedPlan plan = plan(scope, sizes);
                    PreparedDraw objects = objectPath(plan, List.of(f), facts);
                    PreparedDraw streamed = streamedPath(plan, List.of(f), facts);
                    assertSame(objects, streamed);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(18);
        PreparedDraw all = streamedPath(plan(TaskScope.everything(), BY_CLASS), List.of(f), FACTS);
        assertThat(all.conflicts().all()).extracting(c -> c.reason()).contains(DrawPreparation.DECLARED_RELATION,
                DrawPreparation.REPEAT_PAIRING);
        assertThat(all.targets().exclusionCount()).isEqualTo(2);
    }

    @Test
    void olderRecordsWithoutPartyKeysConflictThroughTheirUscc() {
        var f = SnapshotFixtures.entitiesWithoutPartyKeys("s1", List.of("qy-amr"), AT, entities());
        ApprovedPlan plan = plan(TaskScope.everything(), BY_CLASS);
        PreparedDraw streamed = streamedPath(plan, List.of(f), EligibilityFacts.none());
        assertSame(objectPath(plan, List.of(f), EligibilityFacts.none()), streamed);
        assertThat(streamed.conflicts().all()).extracting(c -> c.target().value())
                .contains("ent-" + DrawFixtures.uscc(5), "ent-" + DrawFixtures.uscc(40));
    }

    @Test
    void anEntityInTwoOverlappingSnapshotsCountsOnce() {
        List<EntityRecord> all = entities();
        var first = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, all.subList(0, 250));
        var second = SnapshotFixtures.entities("s2", List.of("qy-psb"), AT, all.subList(200, 400));
        ApprovedPlan plan = plan(TaskScope.everything(), BY_CLASS);
        PreparedDraw streamed = streamedPath(plan, List.of(first, second), FACTS);
        assertSame(objectPath(plan, List.of(first, second), FACTS), streamed);
        assertThat(streamed.targets().size()).isEqualTo(400); // 250 + 200 records, 50 of them in both
    }

    @Test
    void theStreamingReaderSeesEveryFieldTheObjectReaderSees() {
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, entities());
        List<EntityRecord> expected = SnapshotContent.read(f.content(), f.snapshot()).entities();
        List<String> seen = new ArrayList<>();
        long count = EntitySnapshotReader.read(new ByteArrayInputStream(f.content()), f.snapshot(),
                row -> seen.add(describe(row)));
        assertThat(count).isEqualTo(400);
        assertThat(seen).containsExactlyElementsOf(expected.stream().map(e -> describe(EntityRow.of(e))).toList());
    }

    @Test
    void refusesTamperedTruncatedOrMismatchedContent() {
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, entities());
        byte[] tampered = f.content().clone();
        tampered[tampered.length - 9] ^= 1;
        assertInvalid(tampered, f.snapshot());
        assertInvalid(Arrays.copyOf(f.content(), f.content().length / 2), f.snapshot());
        var other = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, entities().subList(0, 10));
        ConfirmedSnapshot wrongRoot = new ConfirmedSnapshot("s1", "ENTITIES", List.of("qy-amr"), List.of(),
                List.of(), 400, other.snapshot().merkleRoot(), null, null, AT);
        assertInvalid(f.content(), wrongRoot);
        var inspectors = SnapshotFixtures.inspectors("i1", List.of("qy-amr"), AT, inspectors());
        ConfirmedSnapshot asEntities = new ConfirmedSnapshot("i1", "ENTITIES", List.of("qy-amr"), List.of(),
                List.of(), 1, null, null, null, AT);
        assertInvalid(inspectors.content(), asEntities);
    }

    private static void assertInvalid(byte[] content, ConfirmedSnapshot snapshot) {
        assertThatThrownBy(() -> EntitySnapshotReader.read(new ByteArrayInputStream(content), snapshot, row -> { }))
                .isInstanceOfSatisfying(DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("DRAW_SNAPSHOT_CONTENT_INVALID"));
    }

    private static String describe(EntityRow row) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < row.partyKeyCount(); i++) {
            keys.add(new String(row.buffer(), row.partyKeyOffset(i), row.partyKeyLength(i),
                    StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        }
        return String.join("|", row.id(), row.objectType(), row.regionCode(), row.industry(), row.creditClass(),
                String.valueOf(row.hasAnyTag(List.of("食品"))), String.join(",", keys));
    }

    private static PreparedDraw objectPath(ApprovedPlan plan, List<SnapshotFixtures.Fixture> snapshots,
                                           EligibilityFacts facts) {
        List<EntityRecord> entities = new ArrayList<>();
        snapshots.forEach(s -> entities.addAll(SnapshotContent.read(s.content(), s.snapshot()).entities()));
        return DrawPreparation.prepare(plan, plan.tasks().get(0), entities, inspectors(), facts);
    }

    private static PreparedDraw streamedPath(ApprovedPlan plan, List<SnapshotFixtures.Fixture> snapshots,
                                             EligibilityFacts facts) {
        CandidateIntake intake = DrawPreparation.intake(plan, plan.tasks().get(0), inspectors(), 10);
        snapshots.forEach(s -> EntitySnapshotReader.read(new ByteArrayInputStream(s.content()), s.snapshot(),
                intake));
        return DrawPreparation.prepare(plan, plan.tasks().get(0), intake, inspectors(), facts);
    }

    private static void assertSame(PreparedDraw expected, PreparedDraw actual) {
        assertThat(actual.targets().size()).isEqualTo(expected.targets().size());
        assertThat(actual.targets().targetsRoot()).isEqualTo(expected.targets().targetsRoot());
        assertThat(actual.targets().eligibilityRoot()).isEqualTo(expected.targets().eligibilityRoot());
        assertThat(actual.conflicts().all()).isEqualTo(expected.conflicts().all());
        assertThat(commit(actual).commitment().hash()).isEqualTo(commit(expected).commitment().hash());
    }

    private static DrawInputs commit(PreparedDraw p) {
        return p.commit("draw-1", "plan/joint-1", "hebei", "3", "2026-03-02T01:00:00Z", DemoBeacon.spec(20_000_000),
                List.of(new PublicSource("lottery", "numbers")), List.of(WitnessCommitment.of("w", "secret")));
    }
}
