package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static cn.shuangsuiji.draw.application.service.TestActors.head;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.ExpertAssigned;
import cn.shuangsuiji.draw.application.port.in.AssignExpertUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.ExpertOnTeam;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.InvalidField;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 专家 on teams (issue 15 item 1): an item that needs 特种设备 expertise gets a drawn expert of its department's expert
 * library on every team — from the draw's seed, screened for 回避 by keyed party keys, under the workload cap, never a
 * member nor leader, in the bundle and recomputed by the verifier; too few experts is refused at commitment; where
 * the policy has experts ASSIGNED the department head assigns one with a reason (403 for others, 422 without one).
 */
class ExpertTeamsTest {

    static final Instant START = Instant.parse("2026-02-14T02:00:00Z");
    static final String SECRET = "witness-secret-0123456789abcdef0123456789abcdef";
    static final String RELATIVE_ID = "11010519491231002X";
    static final int RELATED_ENTITY = 185; // class C: all of C is drawn
    static final String FIELD = "特种设备";

    private final World w = new World();
    private final InMemoryStores stores = w.stores;
    private final Draws service = w.service;

    private void setUp(String expertMode, Integer cap, List<ExpertRecord> experts) {
        w.setUp(expertMode, cap, experts);
    }

    private Draw commit() {
        return w.commit();
    }

    private DrawView execute(Draw draw) {
        return w.execute(draw);
    }

    /** One draw-service over in-memory stores, its plan, snapshots and expert library. */
    static final class World {
    final InMemoryStores stores = new InMemoryStores();
    final Draws service = new Draws(stores, Clock.fixed(START, ZoneId.of("UTC")),
            new DrawSettings(true, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));

    void setUp(String expertMode, Integer cap, List<ExpertRecord> experts) {
        ApprovedPlan base = DrawFixtures.plan();
        PolicyFacts p = base.policy();
        stores.save(new ApprovedPlan(base.planId(), base.planVersion(), base.kind(), base.year(),
                base.initiatingDepartmentId(), base.participatingDepartmentIds(), new PolicyFacts(p.policyId(),
                p.policyVersion(), p.maxInspectionsPerEntityPerYear(), p.minTeamSize(), p.replacementRule(),
                p.dispatchConfirmationWorkingDays(), p.excludeOwnArea(), p.repeatPairingYears(),
                p.maxAssignmentsPerInspectorPerRound(), p.minRegistrySize(), expertMode, cap), base.tasks(), false));
        stores.published("item-amr-1", 1, FIELD);
        stores.experts.addAll(experts);
        List<EntityRecord> entities = new ArrayList<>();
        for (EntityRecord e : DrawFixtures.entities()) {
            List<String> keys = new ArrayList<>(List.of(DrawFixtures.key(e.uscc())));
            if (e.uscc().equals(DrawFixtures.uscc(RELATED_ENTITY))) {
                keys.add(DrawFixtures.key(RELATIVE_ID));
            }
            entities.add(new EntityRecord(e.id(), e.objectType(), e.regionCode(), e.industry(), e.creditClass(),
                    e.status(), e.tags(), e.flags(), e.uscc(), e.legalRepresentative(), keys.stream().sorted().toList()));
        }
        for (SnapshotFixtures.Fixture f : List.of(
                SnapshotFixtures.entities("snap-ent-1", List.of("qy-amr"), START.minusSeconds(3600), entities),
                SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS, START.minusSeconds(3600),
                        DrawFixtures.inspectors(4, List.of())))) {
            stores.save(f.snapshot());
            stores.contents.put(f.snapshot().snapshotId(), f.content());
        }
    }

    Draw commit() {
        long round = DrandQuicknet.firstRoundAfter(START.getEpochSecond() + 30);
        return service.commit(new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK, DemoBeacon.NETWORK,
                round, List.of("snap-ent-1"), List.of("snap-ins-1"), List.of(),
                List.of(new DrawCommands.WitnessCommitment("媒体见证人", DrawFixtures.key(SECRET))), OPERATOR));
    }

    DrawView execute(Draw draw) {
        long round = draw.header().beaconRound();
        return service.execute(new DrawCommands.Execute(draw.id().value(), DemoBeacon.sign(round), List.of(),
                List.of(SECRET), OPERATOR));
    }
    }

    static List<ExpertRecord> library() {
        return List.of(
                new ExpertRecord("ex-1", "qy-amr", true, List.of(FIELD), List.of(DrawFixtures.key(RELATIVE_ID))),
                new ExpertRecord("ex-2", "qy-amr", true, List.of(FIELD, "食品安全"), List.of()),
                new ExpertRecord("ex-3", "qy-amr", true, List.of(FIELD), List.of()),
                new ExpertRecord("ex-4", "qy-amr", true, List.of(FIELD), List.of()),
                new ExpertRecord("ex-5", "qy-amr", true, List.of("食品安全"), List.of()),
                new ExpertRecord("ex-9", "qy-psb", true, List.of(FIELD), List.of()));
    }

    @Test
    void everyTeamGetsADrawnExpertScreenedForConflictsAndTheVerifierRecomputesThem() {
        setUp(null, null, library());
        Draw draw = commit();
        DrawView view = execute(draw);
        assertThat(view.status()).isEqualTo("OK");
        TargetId related = new TargetId("ent-" + DrawFixtures.uscc(RELATED_ENTITY));
        assertThat(view.outcome().targets()).extracting(RankedTarget::id).contains(related);
        for (RankedTarget t : view.outcome().targets()) {
            List<ExpertOnTeam> experts = view.outcome().experts(t.id());
            assertThat(experts).singleElement().satisfies(e -> {
                assertThat(e.mode()).isEqualTo(ExpertOnTeam.DRAWN);
                assertThat(e.departmentId()).isEqualTo("qy-amr");
                assertThat(e.field()).isEqualTo(FIELD);
                assertThat(e.expertId()).isIn("ex-1", "ex-2", "ex-3", "ex-4");
            });
            // experts are not inspectors: not members, not the leader, not counted in the team
            assertThat(view.outcome().team(t.id()).members()).extracting(InspectorId::value)
                    .allMatch(m -> m.startsWith("ins-")).hasSize(3);
            assertThat(view.outcome().team(t.id()).leader().value()).startsWith("ins-qy-amr");
        }
        assertThat(view.outcome().experts(related)).extracting(ExpertOnTeam::expertId).doesNotContain("ex-1");

        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.commitment().experts().needs()).singleElement()
                .satisfies(n -> assertThat(n.department() + " " + n.field()).isEqualTo("qy-amr " + FIELD));
        assertThat(bundle.snapshot().experts()).extracting(Bundle.ExpertJson::id)
                .containsExactly("ex-1", "ex-2", "ex-3", "ex-4", "ex-5"); // the department's library, ids only
        assertThat(bundle.snapshot().expertConflicts()).extracting(c -> c.expertId() + " " + c.targetId())
                .containsExactly("ex-1 " + related.value());
        assertThat(BundleCodec.toJson(bundle)).doesNotContain(RELATIVE_ID).doesNotContain(DrawFixtures.key(RELATIVE_ID));
        assertThat(new BundleVerifier(1).verify(bundle).errors()).isEmpty();

        DrawCompleted completed = stores.events.stream().filter(DrawCompleted.class::isInstance)
                .map(DrawCompleted.class::cast).findFirst().orElseThrow();
        assertThat(completed.teams()).allSatisfy(team -> assertThat(team.experts()).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo("DRAWN")));
    }

    @Test
    void theWorkloadCapBoundsEachExpertAndTooTightACapFailsTheDrawWithNoExpert() {
        setUp(null, 8, library());
        DrawView ok = execute(commit());
        assertThat(ok.status()).isEqualTo("OK");
        Map<String, Integer> load = new HashMap<>();
        ok.outcome().targets().forEach(t -> ok.outcome().experts(t.id())
                .forEach(e -> load.merge(e.expertId(), 1, Integer::sum)));
        assertThat(load.values()).allMatch(n -> n <= 8);
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);

        World tight = new World();
        tight.setUp(null, 2, library());
        DrawView failed = tight.execute(tight.commit());
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).isEqualTo("NO_EXPERT");
    }

    @Test
    void tooFewExpertsInTheLibraryIsRefusedAtCommitment() {
        setUp(null, null, List.of(new ExpertRecord("ex-5", "qy-amr", true, List.of("食品安全"), List.of()),
                new ExpertRecord("ex-9", "qy-psb", true, List.of(FIELD), List.of())));
        assertThatThrownBy(this::commit).isInstanceOfSatisfying(DomainProblem.class, p -> {
            assertThat(p.code()).isEqualTo("DRAW_TOO_FEW_EXPERTS");
            assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(p.getMessage() + p.detail()).contains("qy-amr").contains(FIELD);
        });
        assertThat(stores.events).isEmpty();
    }

    @Test
    void whereExpertsAreAssignedTheHeadAssignsOneWithAReasonAndNobodyElseCan() {
        setUp("ASSIGNED", null, library());
        Draw draw = commit();
        DrawView view = execute(draw);
        assertThat(view.status()).isEqualTo("OK");
        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.commitment().experts()).isNull();
        assertThat(bundle.result().experts()).isNull();
        String target = view.outcome().targets().get(0).id().value();
        String id = draw.id().value();

        assertThatThrownBy(() -> service.assignExpert.assign(new AssignExpertUseCase.Command(id, target, "ex-5",
                "食品安全", "需要食品检验专业人员", OPERATOR))).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> service.assignExpert.assign(new AssignExpertUseCase.Command(id, target, "ex-5",
                "食品安全", "需要食品检验专业人员", head("head-eco", "qy-eco")))).isInstanceOfSatisfying(
                DomainProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> new AssignExpertUseCase.Command(id, target, "ex-5", "食品安全", " ",
                head("head-amr", "qy-amr"))).isInstanceOfSatisfying(InvalidField.class,
                f -> assertThat(f.code()).isEqualTo("EXPERT_REASON_REQUIRED"));
        assertThatThrownBy(() -> service.assignExpert.assign(new AssignExpertUseCase.Command(id, target, "ex-9",
                FIELD, "需要特种设备专业人员", head("head-amr", "qy-amr")))).isInstanceOfSatisfying(
                DomainProblem.class, p -> assertThat(p.code()).isEqualTo("EXPERT_NOT_IN_LIBRARY"));

        DrawView assigned = service.assignExpert.assign(new AssignExpertUseCase.Command(id, target, "ex-5", "食品安全",
                "需要食品检验专业人员", head("head-amr", "qy-amr")));
        assertThat(assigned.outcome().experts(new TargetId(target))).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(ExpertOnTeam.ASSIGNED);
            assertThat(e.reason()).isEqualTo("需要食品检验专业人员");
            assertThat(e.assignedBy()).isEqualTo("head-amr");
        });
        assertThat(service.queries.get(id, OPERATOR).outcome().experts(new TargetId(target)))
                .extracting(ExpertOnTeam::expertId).containsExactly("ex-5");
        assertThat(assigned.outcome().team(new TargetId(target)).members()).extracting(InspectorId::value)
                .doesNotContain("ex-5");
        ExpertAssigned event = stores.events.stream().filter(ExpertAssigned.class::isInstance)
                .map(ExpertAssigned.class::cast).findFirst().orElseThrow();
        assertThat(event.expert().mode()).isEqualTo("ASSIGNED");
        assertThat(event.team().experts()).extracting(e -> e.expertId()).containsExactly("ex-5");
        assertThat(stores.audits).anyMatch(a -> a.action().equals("draw.expert.assign"));
        assertThatThrownBy(() -> service.assignExpert.assign(new AssignExpertUseCase.Command(id, target, "ex-5",
                "食品安全", "再次指派", head("head-amr", "qy-amr")))).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("EXPERT_ALREADY_ON_TEAM"));
    }
}
