package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.domain.check.RepeatCheckMarks;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 避免重复检查 at draw time: results another department of the same jurisdiction recorded this year (county 130634:
 * qy-eco checks the joint task's items as well) exclude or flag the task's candidates per policy; the draw stays
 * verifiable and its events carry the counts and flags.
 */
class RepeatCheckDrawTest {

    static final Instant START = DrawServiceTest.START;
    static final LocalDate CHECKED = LocalDate.of(2026, 1, 20);
    static final List<String> ALL_ITEMS = List.of("item-amr-1", "item-psb-1", "item-cult-1");

    InMemoryStores stores;
    Draws service;
    RecordChecks checks;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        service = new Draws(stores, clock,
                new DrawSettings(true, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));
        checks = new RecordChecks(stores);
        for (String d : List.of("qy-amr", "qy-psb", "qy-cult", "qy-eco")) {
            stores.save(new DispatchTargets.Department(d, "COUNTY", null, "130634"));
        }
        stores.save(new DispatchTargets.Department("bd-amr", "CITY", null, "130600"));
        SnapshotFixtures.Fixture entities = SnapshotFixtures.entities("snap-ent-1", List.of("qy-amr"),
                START.minusSeconds(3600), DrawFixtures.entities());
        SnapshotFixtures.Fixture inspectors = SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS,
                START.minusSeconds(3600), DrawFixtures.inspectors(4, List.of()));
        for (SnapshotFixtures.Fixture f : List.of(entities, inspectors)) {
            stores.save(f.snapshot());
            stores.contents.put(f.snapshot().snapshotId(), f.content());
        }
    }

    static String entity(int i) {
        return "ent-" + DrawFixtures.uscc(i);
    }

    /** qy-eco's result for {@code entity} on {@code items} (class C entities are 180..199, all drawn). */
    InspectionResultRecorded result(String inspection, String department, String entity, List<String> items) {
        return new InspectionResultRecorded(UUID.randomUUID(), START, inspection, entity, null, null, department,
                department, "plan-eco", "t-eco", "D-eco", items.stream().map(RepeatCheckDrawTest::item).toList(),
                "未发现问题", CHECKED, START, 1);
    }

    static PublicItemResult item(String itemId) {
        return new PublicItemResult(itemId, 1, "检查", List.of());
    }

    void plan(String repeatCheckPolicy) {
        ApprovedPlan p = DrawFixtures.plan();
        stores.save(new ApprovedPlan(p.planId(), p.planVersion(), p.kind(), p.year(), p.initiatingDepartmentId(),
                p.participatingDepartmentIds(), p.policy().withRepeatCheckPolicy(repeatCheckPolicy), p.tasks(), false));
    }

    /** Five class C entities fully checked by qy-eco, one (185) on one item only; one checked by the city. */
    void recordChecks() {
        IntStream.range(180, 185).forEach(i -> checks.resultsApplied(List.of(result("insp-" + i, "qy-eco", entity(i),
                ALL_ITEMS))));
        checks.resultsApplied(List.of(result("insp-185", "qy-eco", entity(185), List.of("item-amr-1"))));
        checks.resultsApplied(List.of(result("insp-186", "bd-amr", entity(186), ALL_ITEMS)));
    }

    Draw commit() {
        long round = DrandQuicknet.firstRoundAfter(START.getEpochSecond() + 30);
        return service.commit(new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK, DemoBeacon.NETWORK, round,
                List.of("snap-ent-1"), List.of("snap-ins-1"), List.of(), List.of(), OPERATOR));
    }

    void execute(Draw draw) {
        long round = draw.header().beaconRound();
        service.execute(new DrawCommands.Execute(draw.id().value(), DemoBeacon.sign(round), List.of(), List.of(),
                OPERATOR));
    }

    @Test
    void excludePolicyCommitsRepeatChecksAsExclusionsTheVerifierChecks() {
        plan(null); // the default: EXCLUDE
        recordChecks();

        Draw draw = commit();

        DrawCommitted committed = stores.events(DrawCommitted.class).get(0);
        assertThat(committed.repeatChecksExcluded()).isEqualTo(5);
        assertThat(committed.repeatChecksFlagged()).isEqualTo(1);
        assertThat(committed.exclusionCount()).isEqualTo(5);
        execute(draw);
        DrawCompleted completed = stores.events(DrawCompleted.class).get(0);
        assertThat(completed.repeatChecksExcluded()).isEqualTo(5);
        assertThat(completed.repeatChecksFlagged()).isEqualTo(1);
        List<String> drawn = completed.targets().stream().map(DrawnTarget::entityId).toList();
        assertThat(drawn).doesNotContain(entity(180), entity(181), entity(182), entity(183), entity(184))
                .contains(entity(185), entity(186));
        assertThat(completed.targets()).filteredOn(t -> Boolean.TRUE.equals(t.repeatCheck()))
                .extracting(DrawnTarget::entityId).containsExactly(entity(185));
        assertThat(completed.targets()).allSatisfy(t -> assertThat(t.repeatCheck()).isNotNull());

        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.snapshot().exclusions()).hasSize(5)
                .allSatisfy(x -> assertThat(x.reason()).isEqualTo(RepeatCheckMarks.REASON));
        VerificationReport report = new BundleVerifier(1).verify(bundle);
        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
    }

    @Test
    void theVerifierRejectsATamperedRepeatCheckExclusion() {
        plan("EXCLUDE");
        recordChecks();
        Draw draw = commit();
        execute(draw);
        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);

        List<Bundle.Exclusion> dropped = new ArrayList<>(bundle.snapshot().exclusions());
        dropped.remove(0); // one repeat check quietly made eligible again
        List<Bundle.Exclusion> renamed = new ArrayList<>(bundle.snapshot().exclusions());
        renamed.set(0, new Bundle.Exclusion(renamed.get(0).targetId(), "ANNUAL_LIMIT"));
        List<Bundle.Exclusion> moved = new ArrayList<>(bundle.snapshot().exclusions());
        moved.set(0, new Bundle.Exclusion(entity(190), RepeatCheckMarks.REASON)); // another entity excluded

        for (List<Bundle.Exclusion> tampered : List.of(dropped, renamed, moved)) {
            Bundle.Snapshot s = bundle.snapshot();
            Bundle forged = new Bundle(bundle.format(), bundle.commitment(), bundle.commitmentHash(),
                    new Bundle.Snapshot(s.targets(), tampered, s.inspectors(), s.conflicts()), bundle.seedInputs(),
                    bundle.seed(), bundle.result(), bundle.actions(), bundle.log(), bundle.transparency());
            VerificationReport report = new BundleVerifier(1).verify(forged);
            assertThat(report.ok()).isFalse();
            assertThat(report.errors()).isNotEmpty();
        }
    }

    @Test
    void flagPolicyKeepsTheCandidatesAndFlagsTheDrawnOnes() {
        plan("FLAG");
        recordChecks();

        Draw draw = commit();

        DrawCommitted committed = stores.events(DrawCommitted.class).get(0);
        assertThat(committed.exclusionCount()).isZero();
        assertThat(committed.repeatChecksExcluded()).isZero();
        assertThat(committed.repeatChecksFlagged()).isEqualTo(6);
        execute(draw);
        DrawCompleted completed = stores.events(DrawCompleted.class).get(0);
        // class C (20 entities, quota 30) is drawn whole: all six flagged candidates are drawn, and flagged
        assertThat(completed.targets()).filteredOn(t -> Boolean.TRUE.equals(t.repeatCheck()))
                .extracting(DrawnTarget::entityId).containsExactlyInAnyOrder(entity(180), entity(181), entity(182),
                        entity(183), entity(184), entity(185));
        assertThat(completed.repeatChecksFlagged()).isEqualTo(6);
        assertThat(completed.repeatChecksExcluded()).isZero();
        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.snapshot().exclusions()).isEmpty();
        assertThat(new BundleVerifier(1).verify(bundle).ok()).isTrue();
    }

    @Test
    void aCorrectionIsTheCheckThatCountsAndAnOlderVersionChangesNothing() {
        plan(null);
        InspectionResultRecorded first = result("insp-180", "qy-eco", entity(180), ALL_ITEMS);
        checks.resultsApplied(List.of(first));
        PublicInspectionResult earlier = first.result();
        PublicInspectionResult corrected = new PublicInspectionResult(2, List.of(item("item-amr-1")), "未发现问题",
                CHECKED, START);
        checks.resultsApplied(List.of(new InspectionResultCorrected(UUID.randomUUID(), START, "insp-180", entity(180),
                null, null, "qy-eco", "plan-eco", "t-eco", "D-eco", 2, "事项录入错误", START, corrected, earlier)));
        checks.resultsApplied(List.of(first)); // redelivered late: version 1 < 2

        commit();

        DrawCommitted committed = stores.events(DrawCommitted.class).get(0);
        assertThat(committed.repeatChecksExcluded()).isZero();
        assertThat(committed.repeatChecksFlagged()).isEqualTo(1);
    }

    @Test
    void anUnknownRepeatCheckPolicyIsRefused() {
        plan("SOMETIMES");

        assertThat(DrawServiceTest.code(this::commit)).isEqualTo("DRAW_REPEAT_CHECK_POLICY_UNKNOWN");
    }
}
