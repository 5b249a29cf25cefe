package cn.shuangsuiji.draw.domain.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotContent;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snapshot reading, eligibility, strata, frozen inputs and the aggregate's transitions, without Spring. */
class DrawPreparationTest {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void readsRegistrySnapshotContentAndRefusesTamperedContent() {
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, DrawFixtures.entities());
        SnapshotContent content = SnapshotContent.read(f.content(), f.snapshot());
        assertThat(content.entities()).hasSize(200);
        assertThat(content.entities().get(0).uscc()).isEqualTo(DrawFixtures.uscc(0));

        byte[] tampered = f.content().clone();
        tampered[tampered.length - 9] ^= 1;
        assertThatThrownBy(() -> SnapshotContent.read(tampered, f.snapshot()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("DRAW_SNAPSHOT_CONTENT_INVALID"));
        var other = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, DrawFixtures.entities().subList(0, 10));
        ConfirmedSnapshot wrongRoot = new ConfirmedSnapshot("s1", "ENTITIES", List.of("qy-amr"), List.of(), List.of(),
                200, other.snapshot().merkleRoot(), null, null, AT);
        assertThatThrownBy(() -> SnapshotContent.read(f.content(), wrongRoot)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void mapsCreditClassesToStrataAndExcludesByTheYearsFacts() {
        var plan = DrawFixtures.plan(2, List.of(new PlannedTask.SampleSize("A", "0.050", null),
                new PlannedTask.SampleSize(null, "0.1", null)));
        String twice = "ent-" + DrawFixtures.uscc(1);
        String once = "ent-" + DrawFixtures.uscc(2);
        String higher = "ent-" + DrawFixtures.uscc(3);
        PreparedDraw p = DrawPreparation.prepare(plan, plan.tasks().get(0), DrawFixtures.entities(),
                DrawFixtures.inspectors(2, List.of()),
                new EligibilityFacts(Map.of(twice, 2, once, 1), Set.of(higher), Set.of()));
        assertThat(p.strata()).extracting(q -> q.stratum() + "=" + q.value())
                .containsExactlyInAnyOrder("A=0.05", "OTHER=0.1");
        assertThat(p.targets().size()).isEqualTo(200);
        assertThat(p.targets().eligibleCount("A")).isEqualTo(118);
        assertThat(p.targets().exclusionReason(p.targets().indexOf(twice))).isEqualTo(DrawPreparation.MAX_PER_YEAR);
        assertThat(p.targets().exclusionReason(p.targets().indexOf(once))).isNull();
        assertThat(p.targets().exclusionReason(p.targets().indexOf(higher)))
                .isEqualTo(DrawPreparation.CHECKED_BY_HIGHER_LEVEL);
        assertThat(p.participating()).extracting(d -> d.value()).containsExactly("qy-amr", "qy-cult", "qy-psb");
    }

    @Test
    void anInspectorWithoutListedItemsCoversTheTasksItemsOfTheirOwnDepartment() {
        var plan = DrawFixtures.plan();
        var general = new cn.shuangsuiji.draw.domain.snapshot.InspectorRecord("ins-g", "qy-psb", "130634", "执法",
                List.of(), List.of("综合"), List.of(), "ACTIVE", List.of());
        var specialist = new cn.shuangsuiji.draw.domain.snapshot.InspectorRecord("ins-s", "qy-psb", "130634", "执法",
                List.of("item-other"), List.of(), List.of(), "ACTIVE", List.of());
        var inspectors = new java.util.ArrayList<>(DrawFixtures.inspectors(2, List.of()));
        inspectors.add(general);
        inspectors.add(specialist);
        PreparedDraw p = DrawPreparation.prepare(plan, plan.tasks().get(0), DrawFixtures.entities(), inspectors,
                EligibilityFacts.none());
        var pool = p.inspectors();
        assertThat(pool.get(pool.indexOf(new cn.shuangsuiji.drawprotocol.InspectorId("ins-g"))).scope())
                .containsExactly("item-psb-1");
        assertThat(pool.get(pool.indexOf(new cn.shuangsuiji.drawprotocol.InspectorId("ins-s"))).scope())
                .containsExactly("item-other");
    }

    @Test
    void commitsRepeatPairingsAsConflictsAndDispatchedTasksDrawTargetsOnly() {
        var plan = DrawFixtures.plan();
        String entity = "ent-" + DrawFixtures.uscc(5);
        PreparedDraw p = DrawPreparation.prepare(plan, plan.tasks().get(0), DrawFixtures.entities(),
                DrawFixtures.inspectors(2, List.of()), new EligibilityFacts(Map.of(), Set.of(),
                        Set.of(EligibilityFacts.pair("ins-qy-psb-2", entity))));
        assertThat(p.conflicts().all()).singleElement().satisfies(c ->
                assertThat(c.reason()).isEqualTo(DrawPreparation.REPEAT_PAIRING));

        PlannedTask t = plan.tasks().get(0);
        PlannedTask dispatched = new PlannedTask(t.taskId(), t.name(), t.items(), t.scope(), t.sampleSizes(), "CITY",
                List.of("qy-town-1"));
        PreparedDraw targetsOnly = DrawPreparation.prepare(plan, dispatched, DrawFixtures.entities(), List.of(),
                EligibilityFacts.none());
        assertThat(targetsOnly.participating()).isEmpty();
        assertThat(targetsOnly.inspectors().size()).isZero();
    }

    @Test
    void frozenInputsRoundTripToTheSameCommitmentWhateverTheInputOrder() {
        var plan = DrawFixtures.plan();
        var entities = new java.util.ArrayList<>(DrawFixtures.entities());
        DrawInputs a = commit(DrawPreparation.prepare(plan, plan.tasks().get(0), entities,
                DrawFixtures.inspectors(3, List.of()), EligibilityFacts.none()));
        Collections.shuffle(entities, new java.util.Random(7));
        DrawInputs b = commit(DrawPreparation.prepare(plan, plan.tasks().get(0), entities,
                DrawFixtures.inspectors(3, List.of()), EligibilityFacts.none()));
        assertThat(b.commitment().hash()).isEqualTo(a.commitment().hash());
        DrawInputs read = FrozenInputs.read(FrozenInputs.write(a));
        assertThat(read.commitment().hash()).isEqualTo(a.commitment().hash());
        assertThat(read.targets().size()).isEqualTo(200);
    }

    @Test
    void frozenInputsOfATableLargerThanTheirBuffersReadBackRowByRow() {
        // 20,000 candidates: well over the 64 KiB buffers before the deflater and after the inflater, so a missing
        // flush or a short read would lose or shift rows
        var plan = DrawFixtures.plan();
        List<cn.shuangsuiji.draw.domain.snapshot.EntityRecord> entities = new java.util.ArrayList<>();
        String[] classes = {"A", "B", "C"};
        for (int i = 0; i < 20_000; i++) {
            entities.add(new cn.shuangsuiji.draw.domain.snapshot.EntityRecord("ent-" + DrawFixtures.uscc(i),
                    "ENTERPRISE", "1306" + (10 + i % 50), "C13", classes[i % 3], "ACTIVE", List.of(), 0,
                    DrawFixtures.uscc(i), "法人" + i));
        }
        DrawInputs a = commit(DrawPreparation.prepare(plan, plan.tasks().get(0), entities,
                DrawFixtures.inspectors(3, List.of()), EligibilityFacts.none()));
        byte[] frozen = FrozenInputs.write(a);
        DrawInputs read = FrozenInputs.read(frozen);
        assertThat(read.commitment().hash()).isEqualTo(a.commitment().hash());
        assertThat(read.targets().size()).isEqualTo(20_000);
        for (int row = 0; row < a.targets().size(); row += 997) {
            assertThat(read.targets().id(row)).isEqualTo(a.targets().id(row));
            assertThat(read.targets().stratum(row)).isEqualTo(a.targets().stratum(row));
            assertThat(read.targets().area(row)).isEqualTo(a.targets().area(row));
        }
        assertThat(read.targets().targetsRoot()).isEqualTo(a.targets().targetsRoot());
        assertThat(FrozenInputs.write(read)).isEqualTo(frozen);
    }

    private static DrawInputs commit(PreparedDraw p) {
        return p.commit("draw-1", "plan/joint-1", "hebei", "3", "2026-03-02T01:00:00Z", DemoBeacon.spec(20_000_000),
                List.of(new PublicSource("lottery", "numbers")), List.of(WitnessCommitment.of("w", "secret")));
    }

    @Test
    void theAggregateAllowsOneExecutionAndNoChangeAfterAbandonment() {
        DrawHeader h = new DrawHeader("p", 1, "t", 2026, "COUNTY", "qy-amr", List.of(), List.of("s"), List.of(),
                "ssj-demo", 5, "00", 0, 0, AT, "u");
        Draw draw = Draw.commit(new DrawId("d-1"), h).execute("ab", true);
        assertThat(draw.state()).isEqualTo(DrawState.EXECUTED);
        assertThatThrownBy(() -> draw.execute("cd", true)).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("DRAW_ALREADY_EXECUTED"));
        Draw dispatched = draw.dispatch("qy-town-1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(dispatched.dispatch("qy-town-1").orElseThrow().overdueOn(LocalDate.of(2026, 3, 4))).isTrue();
        assertThatThrownBy(() -> dispatched.abandon("x")).isInstanceOf(DomainProblem.class);
        Draw abandoned = Draw.commit(new DrawId("d-2"), h).abandon("见证人缺席");
        assertThatThrownBy(() -> abandoned.execute("ab", true)).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("DRAW_ABANDONED"));
    }
}
