package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static cn.shuangsuiji.draw.application.service.TestActors.head;
import static cn.shuangsuiji.draw.application.service.TestActors.witness;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.draw.DispatchConfirmed;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawDispatched;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.StratumOutcome;
import cn.shuangsuiji.drawprotocol.Team;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The draw lifecycle on in-memory ports: commit, execute, refusals, substitution, replacement, dispatch. */
class DrawServiceTest {

    /** Saturday 2026-02-14, a make-up working day (调休) just before the Spring Festival holiday. */
    static final Instant START = Instant.parse("2026-02-14T02:00:00Z");
    static final String SECRET = "witness-secret-0123456789abcdef0123456789abcdef";

    final AtomicReference<Instant> now = new AtomicReference<>(START);
    /** How far the clock moves on each reading (a slow preparation); zero unless a test sets it. */
    final AtomicReference<java.time.Duration> perReading = new AtomicReference<>(java.time.Duration.ZERO);
    InMemoryStores stores;
    Draws service;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.getAndUpdate(t -> t.plus(perReading.get()));
            }
        };
        service = new Draws(stores, clock,
                new DrawSettings(true, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));
        stores.save(DrawFixtures.plan());
        confirm(SnapshotFixtures.entities("snap-ent-1", List.of("qy-amr"), START.minusSeconds(3600),
                DrawFixtures.entities()));
        confirm(SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS, START.minusSeconds(3600),
                DrawFixtures.inspectors(4, List.of(DrawFixtures.key(DrawFixtures.uscc(7))))));
    }

    void confirm(SnapshotFixtures.Fixture f) {
        stores.save(f.snapshot());
        stores.contents.put(f.snapshot().snapshotId(), f.content());
    }

    long futureRound() {
        return DrandQuicknet.firstRoundAfter(now.get().getEpochSecond() + 30);
    }

    DrawCommands.Commit commit(long round, String network) {
        return new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK, network, round, List.of("snap-ent-1"),
                List.of("snap-ins-1"), List.of(new DrawCommands.Source("福彩3D 2026040", "three digits")),
                List.of(new DrawCommands.WitnessCommitment("媒体见证人", DrawFixtures.key(SECRET))), OPERATOR);
    }

    Draw committed() {
        return service.commit(commit(futureRound(), DemoBeacon.NETWORK));
    }

    DrawView executed(Draw draw) {
        long round = draw.header().beaconRound();
        return service.execute(new DrawCommands.Execute(draw.id().value(), DemoBeacon.sign(round), List.of("3 1 4"),
                List.of(SECRET), OPERATOR));
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainProblem p) {
            return p.code();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void commitsAndExecutesAJointDrawThatTheVerifierAccepts() {
        Draw draw = committed();
        assertThat(draw.state()).isEqualTo(DrawState.COMMITTED);
        assertThat(stores.events(DrawCommitted.class)).singleElement()
                .satisfies(e -> assertThat(e.commitmentHash()).isEqualTo(draw.header().commitmentHash()));

        DrawView view = executed(draw);

        assertThat(view.draw().state()).isEqualTo(DrawState.EXECUTED);
        assertThat(view.strata()).extracting(StratumOutcome::stratum, StratumOutcome::quota)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 6L),
                        org.assertj.core.groups.Tuple.tuple("B", 4L), org.assertj.core.groups.Tuple.tuple("C", 20L));
        List<RankedTarget> targets = view.outcome().targets();
        assertThat(targets).hasSize(30);
        for (RankedTarget t : targets) {
            Team team = view.outcome().team(t.id());
            assertThat(team.leader().value()).startsWith("ins-qy-amr-");
            assertThat(team.members()).extracting(InspectorId::value)
                    .anySatisfy(m -> assertThat(m).startsWith("ins-qy-psb-"))
                    .anySatisfy(m -> assertThat(m).startsWith("ins-qy-cult-"));
        }
        assertThat(view.forms()).hasSize(30).allSatisfy(f -> assertThat(f.items()).hasSize(3));
        DrawCompleted completed = stores.events(DrawCompleted.class).get(0);
        assertThat(completed.resultHash()).isEqualTo(view.draw().resultHash());
        assertThat(completed.thresholds()).hasSize(3);

        List<String> kinds = service.log(draw.id().value(), OPERATOR).stream().map(e -> e.kind().name()).toList();
        assertThat(kinds).containsExactly("COMMIT", "SOURCE", "WITNESS", "EXECUTE");
        assertThat(DrawLog.of(service.log(draw.id().value(), OPERATOR)).chainProblems()).isEmpty();

        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        cn.shuangsuiji.draw.BundleSchema.assertValid(bundle);
        VerificationReport report = new BundleVerifier(1).verify(bundle);
        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
        // each department's inspector no. 1 declared a relation with entity 7's USCC: committed conflict pairs
        assertThat(bundle.snapshot().conflicts()).hasSize(3).allSatisfy(c -> {
            assertThat(c.inspectorId()).endsWith("-1");
            assertThat(c.targetId()).isEqualTo("ent-" + DrawFixtures.uscc(7));
            assertThat(c.reason()).isEqualTo(DrawPreparation.DECLARED_RELATION);
        });
        targets.stream().filter(t -> t.id().value().equals("ent-" + DrawFixtures.uscc(7))).forEach(t ->
                assertThat(view.outcome().team(t.id()).members()).extracting(InspectorId::value)
                        .noneMatch(m -> m.endsWith("-1")));
    }

    @Test
    void aStratumSmallerThanItsQuotaIsDrawnWholeAndFlagged() {
        StratumOutcome c = executed(committed()).strata().stream().filter(s -> s.stratum().equals("C"))
                .findFirst().orElseThrow();
        assertThat(c.requested()).isEqualTo(30);
        assertThat(c.quota()).isEqualTo(20);
        assertThat(c.shortfall()).isTrue();
    }

    @Test
    void refusesAnUnknownTask() {
        var cmd = new DrawCommands.Commit(DrawFixtures.PLAN, "no-such-task", DemoBeacon.NETWORK, futureRound(),
                List.of("snap-ent-1"), List.of("snap-ins-1"), List.of(), List.of(), OPERATOR);
        assertThat(code(() -> service.commit(cmd))).isEqualTo("DRAW_TASK_UNKNOWN");
        assertThat(stores.draws).isEmpty();
    }

    @Test
    void refusesARoundThatIsNotInTheFuture() {
        long past = DrandQuicknet.firstRoundAfter(now.get().getEpochSecond()) - 2;
        assertThat(code(() -> service.commit(commit(past, DemoBeacon.NETWORK)))).isEqualTo("DRAW_ROUND_NOT_FUTURE");
        assertThat(stores.draws).isEmpty();
        assertThat(stores.events).isEmpty();
    }

    @Test
    void refusesACommitmentWhoseRoundPassedWhileItWasPrepared() {
        long round = futureRound(); // about 30 s ahead when the commit starts
        perReading.set(java.time.Duration.ofSeconds(40)); // a large registry: preparing takes 40 s
        assertThat(code(() -> service.commit(commit(round, DemoBeacon.NETWORK)))).isEqualTo("DRAW_ROUND_NOT_FUTURE");
        assertThat(stores.draws).isEmpty();
        assertThat(stores.events).isEmpty();
        assertThat(stores.frozen).isEmpty();
    }

    @Test
    void refusesAnUnconfirmedOrStaleSnapshot() {
        var unconfirmed = new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK, DemoBeacon.NETWORK,
                futureRound(), List.of("snap-unknown"), List.of("snap-ins-1"), List.of(), List.of(), OPERATOR);
        assertThat(code(() -> service.commit(unconfirmed))).isEqualTo("DRAW_SNAPSHOT_NOT_CONFIRMED");

        confirm(SnapshotFixtures.entities("snap-ent-2", List.of("qy-amr"), START.minusSeconds(60),
                DrawFixtures.entities()));
        assertThat(code(() -> service.commit(commit(futureRound(), DemoBeacon.NETWORK))))
                .isEqualTo("DRAW_SNAPSHOT_STALE");
        assertThat(stores.draws).isEmpty();
    }

    @Test
    void refusesTooFewEligibleInspectors() {
        List<InspectorRecord> inspectors = DrawFixtures.inspectors(3, List.of()).stream()
                .filter(i -> !i.departmentId().equals("qy-cult")).toList();
        confirm(SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS, START.minusSeconds(3600),
                inspectors));
        assertThat(code(() -> service.commit(commit(futureRound(), DemoBeacon.NETWORK))))
                .isEqualTo("DRAW_TOO_FEW_INSPECTORS");
    }

    @Test
    void refusesACommitmentThatCannotSelectAnyone() {
        stores.save(DrawFixtures.plan(2, List.of(new cn.shuangsuiji.draw.domain.plan.PlannedTask.SampleSize("A",
                null, 0))));
        assertThat(code(() -> service.commit(commit(futureRound(), DemoBeacon.NETWORK))))
                .isEqualTo("DRAW_QUOTAS_ZERO");
        confirm(SnapshotFixtures.entities("snap-ent-2", List.of("qy-amr"), START.minusSeconds(60), List.of()));
        stores.save(DrawFixtures.plan());
        assertThat(code(() -> service.commit(new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK,
                DemoBeacon.NETWORK, futureRound(), List.of("snap-ent-2"), List.of("snap-ins-1"), List.of(),
                List.of(), OPERATOR)))).isEqualTo("DRAW_POOL_EMPTY");
        assertThat(stores.draws).isEmpty();
        assertThat(stores.events(cn.shuangsuiji.contracts.draw.DrawCommitted.class)).isEmpty();
    }

    @Test
    void refusesTheDemoBeaconWhenItIsNotEnabled() {
        Draws production = new Draws(stores, Clock.fixed(START, ZoneOffset.UTC),
                new DrawSettings(false, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));
        assertThat(code(() -> production.commit(commit(futureRound(), DemoBeacon.NETWORK))))
                .isEqualTo("DRAW_DEMO_BEACON_DISABLED");
        assertThat(code(() -> production.demoSignature(5))).isEqualTo("DRAW_DEMO_BEACON_DISABLED");
    }

    @Test
    void refusesABadOrWrongRoundSignatureAMismatchedRevealAndASecondExecution() {
        Draw draw = committed();
        long round = draw.header().beaconRound();
        String id = draw.id().value();
        assertThat(code(() -> service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round + 1),
                List.of("3 1 4"), List.of(SECRET), OPERATOR)))).isEqualTo("DRAW_BEACON_INVALID");
        String flipped = DemoBeacon.sign(round).substring(0, 95) + (DemoBeacon.sign(round).endsWith("0") ? "1" : "0");
        assertThat(code(() -> service.execute(new DrawCommands.Execute(id, flipped, List.of("3 1 4"),
                List.of(SECRET), OPERATOR)))).isEqualTo("DRAW_BEACON_INVALID");
        assertThat(code(() -> service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round), List.of("3 1 4"),
                List.of("not-the-secret"), OPERATOR)))).isEqualTo("DRAW_REVEAL_MISMATCH");
        assertThat(stores.executions).isEmpty();
        assertThat(stores.draws.get(id).state()).isEqualTo(DrawState.COMMITTED);
        assertThat(service.log(id, OPERATOR)).hasSize(1);

        executed(draw);
        assertThat(code(() -> executed(draw))).isEqualTo("DRAW_ALREADY_EXECUTED");
        assertThat(stores.events(DrawCompleted.class)).hasSize(1);
    }

    @Test
    void substitutesInReserveOrderAndReplacesAnInspectorWithoutARedraw() {
        Draw draw = committed();
        DrawView view = executed(draw);
        String id = draw.id().value();
        StratumOutcome a = view.strata().stream().filter(s -> s.stratum().equals("A")).findFirst().orElseThrow();
        RankedTarget first = view.outcome().targets().stream().filter(t -> t.stratum().equals("A")).findFirst()
                .orElseThrow();
        RankedTarget second = view.outcome().targets().stream().filter(t -> t.stratum().equals("A")).skip(1)
                .findFirst().orElseThrow();

        Actor approver = head("head-qy-amr", "qy-amr");
        // S2 19, 21: a fixed reason, evidence, the head's approval, and a registry status that supports the reason
        assertThat(code(() -> service.substitute(new DrawCommands.Substitute(id, first.id().value(), "DEREGISTERED",
                "注销公告", OPERATOR)))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> service.substitute(new DrawCommands.Substitute(id, first.id().value(), "x",
                "注销公告", approver)))).isEqualTo("DRAW_SUBSTITUTION_REASON");
        assertThat(code(() -> service.substitute(new DrawCommands.Substitute(id, first.id().value(), "DEREGISTERED",
                "注销公告", approver)))).isEqualTo("DRAW_SUBSTITUTION_STATUS");
        stores.record(first.id().value(), "CANCELLED", 2);
        stores.record(second.id().value(), "REVOKED", 2);
        DrawView afterFirst = service.substitute(new DrawCommands.Substitute(id, first.id().value(), "DEREGISTERED",
                "注销公告 2026-001", approver));
        DrawView afterSecond = service.substitute(new DrawCommands.Substitute(id, second.id().value(), "DEREGISTERED",
                "吊销决定书 2026-002", approver));

        List<String> current = afterSecond.outcome().targets().stream().map(t -> t.id().value()).toList();
        assertThat(current).doesNotContain(first.id().value(), second.id().value())
                .contains(a.reserve().get(0).id().value(), a.reserve().get(1).id().value()).hasSize(30);
        assertThat(stores.events(TargetSubstituted.class)).extracting(TargetSubstituted::substituteTargetId)
                .containsExactly(a.reserve().get(0).id().value(), a.reserve().get(1).id().value());
        assertThat(afterFirst.outcome().targets()).hasSize(30);
        assertThat(code(() -> service.substitute(new DrawCommands.Substitute(id, first.id().value(), "DEREGISTERED",
                "again", approver)))).isEqualTo("DRAW_TARGET_NOT_DRAWN");

        RankedTarget t = afterSecond.outcome().targets().get(3);
        Team team = afterSecond.outcome().team(t.id());
        InspectorId out = team.members().stream().filter(m -> m.value().startsWith("ins-qy-psb-")).findFirst()
                .orElseThrow();
        DrawView replaced = service.replace(new DrawCommands.Replace(id, t.id().value(), out.value(), "AVOIDANCE",
                head("head-qy-psb", "qy-psb")));
        Team after = replaced.outcome().team(t.id());
        assertThat(after.members()).doesNotContain(out).hasSize(team.members().size());
        InspectorReplaced event = stores.events(InspectorReplaced.class).get(0);
        assertThat(event.replacementInspectorId()).startsWith("ins-qy-psb-").isNotEqualTo(out.value());
        assertThat(event.approvedBy()).isEqualTo("head-qy-psb");

        assertThat(service.log(id, OPERATOR)).extracting(e -> e.kind()).containsExactly(LogKind.COMMIT, LogKind.SOURCE,
                LogKind.WITNESS, LogKind.EXECUTE, LogKind.SUBSTITUTE, LogKind.SUBSTITUTE, LogKind.REPLACE);
        assertThat(new BundleVerifier(1).verify(service.bundle(id, OPERATOR)).ok()).isTrue();
        cn.shuangsuiji.draw.BundleSchema.assertValid(service.bundle(id, OPERATOR));
        // the ledger counts the substitutes, not the replaced targets
        assertThat(stores.drawnInYear(2026)).doesNotContainKey(first.id().value())
                .containsKey(a.reserve().get(0).id().value());
    }

    @Test
    void witnessesRevealBeforeTheRoundAndExecutionUsesTheLoggedReveal() {
        Draw draw = committed();
        String id = draw.id().value();
        assertThat(code(() -> service.reveal(new DrawCommands.Reveal(id, "wrong", witness("媒体见证人")))))
                .isEqualTo("DRAW_REVEAL_MISMATCH");
        assertThat(code(() -> service.reveal(new DrawCommands.Reveal(id, SECRET, witness("路人")))))
                .isEqualTo("DRAW_WITNESS_UNKNOWN");
        service.reveal(new DrawCommands.Reveal(id, SECRET, witness("媒体见证人")));
        assertThat(code(() -> service.reveal(new DrawCommands.Reveal(id, SECRET, witness("媒体见证人")))))
                .isEqualTo("DRAW_REVEAL_EXISTS");
        long round = draw.header().beaconRound();
        // issue 13: a wrong signature is named as the field, in Chinese, without the protocol library's English
        DomainProblem wrong = (DomainProblem) org.assertj.core.api.Assertions.catchThrowable(() -> service.execute(
                new DrawCommands.Execute(id, DemoBeacon.sign(round + 1), List.of("3 1 4"), List.of(), OPERATOR)));
        assertThat(wrong.code()).isEqualTo("DRAW_BEACON_INVALID");
        assertThat(wrong.detail()).doesNotContainPattern("[A-Za-z]{4,}");
        assertThat(wrong.fieldProblems()).extracting(f -> f.field()).containsExactly("signature");
        service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round), List.of("3 1 4"), List.of(), OPERATOR));
        assertThat(service.log(id, OPERATOR)).extracting(e -> e.kind()).containsExactly(LogKind.COMMIT, LogKind.WITNESS,
                LogKind.SOURCE, LogKind.EXECUTE);
        // issue 13: a reveal after the execution said "不能再次执行" (as if it executed the draw)
        DomainProblem late = (DomainProblem) org.assertj.core.api.Assertions.catchThrowable(() -> service.reveal(
                new DrawCommands.Reveal(id, SECRET, witness("媒体见证人"))));
        assertThat(late.code()).isEqualTo("DRAW_ALREADY_EXECUTED");
        assertThat(late.detail()).contains("不能再公开").doesNotContain("再次执行");
        assertThat(new BundleVerifier(1).verify(service.bundle(id, OPERATOR)).ok()).isTrue();
        cn.shuangsuiji.draw.BundleSchema.assertValid(service.bundle(id, OPERATOR));
    }

    @Test
    void abandoningIsLoggedAndPublishedAndEndsTheDraw() {
        Draw draw = committed();
        service.abandon(new DrawCommands.Abandon(draw.id().value(), "见证人未到场", OPERATOR));
        assertThat(stores.events(DrawAbandoned.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("见证人未到场"));
        assertThat(service.log(draw.id().value(), OPERATOR)).extracting(e -> e.kind())
                .containsExactly(LogKind.COMMIT, LogKind.ABANDON);
        assertThat(code(() -> executed(draw))).isEqualTo("DRAW_ABANDONED");
    }

    @Test
    void countsEarlierDrawsOfTheYearAsExclusions() {
        stores.save(DrawFixtures.plan(1, List.of(new PlannedTask.SampleSize("A", "0.5", null))));
        DrawView first = executed(committed());
        Draw second = committed();
        assertThat(second.header().exclusionCount()).isEqualTo(first.outcome().targets().size());
        DrawView secondView = executed(second);
        List<String> firstIds = first.outcome().targets().stream().map(t -> t.id().value()).toList();
        assertThat(secondView.outcome().targets()).extracting(t -> t.id().value()).doesNotContainAnyElementsOf(firstIds);
        assertThat(new BundleVerifier(1).verify(service.bundle(second.id().value(), OPERATOR)).ok()).isTrue();
    }

    /** S1 15, S0 17: the targets of an abandoned result are released, so the redraw of the round is not narrowed. */
    @Test
    void anAbandonedResultNoLongerCountsForTheYear() {
        stores.save(DrawFixtures.plan(1, List.of(new PlannedTask.SampleSize("A", "0.5", null))));
        Draw first = committed();
        executed(first);
        service.abandon(new DrawCommands.Abandon(first.id().value(), "见证人未到场，重新抽取",
                head("head-qy-amr", "qy-amr")));
        Draw redraw = committed();
        assertThat(redraw.header().exclusionCount()).isZero();
        assertThat(redraw.header().redrawOf()).isEqualTo(first.id().value());
        assertThat(redraw.header().round()).isEqualTo(1);
    }

    @Test
    void excludesEntitiesTheLevelAboveDrewThisYearForTheSameItems() {
        ApprovedPlan county = DrawFixtures.plan(5, List.of(new PlannedTask.SampleSize("A", "0.5", null)));
        PlannedTask cityTask = new PlannedTask("city-1", "市级", county.tasks().get(0).items(),
                county.tasks().get(0).scope(), county.tasks().get(0).sampleSizes(), "CITY", List.of());
        stores.save(new ApprovedPlan("plan-city", 1, "JOINT", 2026, "qy-amr", List.of("qy-psb", "qy-cult"),
                county.policy(), List.of(cityTask), false));
        stores.save(county);
        Draw city = service.commit(new DrawCommands.Commit("plan-city", "city-1", DemoBeacon.NETWORK, futureRound(),
                List.of("snap-ent-1"), List.of("snap-ins-1"), List.of(new DrawCommands.Source("s", "d")),
                List.of(new DrawCommands.WitnessCommitment("媒体见证人", DrawFixtures.key(SECRET))), OPERATOR));
        DrawView cityView = executed(city);
        Draw countyDraw = committed();
        assertThat(countyDraw.header().exclusionCount()).isEqualTo(cityView.outcome().targets().size());
        Bundle bundle = service.bundle(executed(countyDraw).draw().id().value(), OPERATOR);
        assertThat(bundle.snapshot().exclusions()).allSatisfy(x ->
                assertThat(x.reason()).isEqualTo(DrawPreparation.CHECKED_BY_HIGHER_LEVEL));
    }

    @Test
    void dispatchDeadlineSkipsTheSpringFestivalAndOverdueListsAreKept() {
        Draw draw = committed();
        executed(draw);
        String id = draw.id().value();
        stores.save(new DispatchTargets.Department("qy-town-1", "TOWNSHIP", "qy-amr"));
        stores.save(new DispatchTargets.Department("qy-town-2", "TOWNSHIP", "qy-amr"));
        stores.save(new DispatchTargets.Department("bd-amr", "CITY", null));
        // S0 17; S1 13: only existing lower-level departments, named by the task or approved by the head
        assertThat(code(() -> service.dispatch(new DrawCommands.DispatchTo(id, List.of("qy-town-1"), "请确认",
                OPERATOR)))).isEqualTo("DRAW_DISPATCH_NOT_IN_TASK");
        assertThat(code(() -> service.dispatch(new DrawCommands.DispatchTo(id, List.of("no-such-town"), "请确认",
                head("head-qy-amr", "qy-amr"))))).isEqualTo("DRAW_DISPATCH_UNKNOWN_DEPARTMENT");
        assertThat(code(() -> service.dispatch(new DrawCommands.DispatchTo(id, List.of("bd-amr"), "请确认",
                head("head-qy-amr", "qy-amr"))))).isEqualTo("DRAW_DISPATCH_NOT_LOWER");
        Draw dispatched = service.dispatch(new DrawCommands.DispatchTo(id, List.of("qy-town-1", "qy-town-2"), "请确认",
                head("head-qy-amr", "qy-amr")));
        // dispatched on Saturday 2026-02-14 (a make-up working day); 15–23 Feb are holidays
        assertThat(dispatched.dispatch("qy-town-1").orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(stores.events(DrawDispatched.class)).hasSize(2);
        assertThat(service.overdueDispatches(null, 10, OPERATOR)).isEmpty();
        assertThat(service.overdueDispatches(LocalDate.of(2026, 2, 25), null, 10, OPERATOR)).hasSize(1);

        now.set(Instant.parse("2026-02-25T02:00:00Z"));
        assertThat(service.overdueDispatches(null, 10, OPERATOR)).extracting(d -> d.id().value()).containsExactly(id);
        service.confirmDispatch(new DrawCommands.ConfirmDispatch(id, "qy-town-1", head("clerk-1", "qy-town-1")));
        assertThat(stores.events(DispatchConfirmed.class)).singleElement()
                .satisfies(e -> assertThat(e.late()).isTrue());
        assertThat(service.overdueDispatches(null, 10, OPERATOR)).hasSize(1);
        service.confirmDispatch(new DrawCommands.ConfirmDispatch(id, "qy-town-2", head("clerk-2", "qy-town-2")));
        assertThat(service.overdueDispatches(null, 10, OPERATOR)).isEmpty();
        assertThat(code(() -> service.confirmDispatch(new DrawCommands.ConfirmDispatch(id, "qy-town-2", head("x", "qy-town-2")))))
                .isEqualTo("DRAW_DISPATCH_CONFIRMED");
        assertThat(new BundleVerifier(1).verify(service.bundle(id, OPERATOR)).ok()).isTrue();
        cn.shuangsuiji.draw.BundleSchema.assertValid(service.bundle(id, OPERATOR));
    }

    @Test
    void witnessesAreRecordedAndConfirmTheResult() {
        Draw draw = committed();
        String id = draw.id().value();
        assertThat(code(() -> service.addWitness(new DrawCommands.AddWitness(id, "李某", "WHATEVER", null,
                OPERATOR)))).isEqualTo("DRAW_WITNESS_ROLE");
        service.addWitness(new DrawCommands.AddWitness(id, "王记者", "MEDIA", "曲阳县融媒体中心", OPERATOR));
        assertThat(code(() -> service.confirm(new DrawCommands.Confirm(id, "WITNESS", witness("王记者")))))
                .isEqualTo("DRAW_NOT_EXECUTED");
        executed(draw);
        assertThat(code(() -> service.addWitness(new DrawCommands.AddWitness(id, "赵某", "MEDIA", null,
                OPERATOR)))).isEqualTo("DRAW_WITNESS_TOO_LATE");
        assertThat(code(() -> service.confirm(new DrawCommands.Confirm(id, "WHATEVER", witness("王记者")))))
                .isEqualTo("DRAW_CONFIRMATION_ROLE");
        service.confirm(new DrawCommands.Confirm(id, "WITNESS", witness("王记者")));
        assertThat(code(() -> service.confirm(new DrawCommands.Confirm(id, "WITNESS", witness("王记者")))))
                .isEqualTo("DRAW_CONFIRMATION_EXISTS");
        assertThat(code(() -> service.confirm(new DrawCommands.Confirm(id, "WITNESS", witness("路人")))))
                .isEqualTo("DRAW_WITNESS_UNKNOWN");
        assertThat(stores.draws.get(id).witnesses()).extracting(w -> w.organisation()).containsExactly("曲阳县融媒体中心");
        assertThat(service.log(id, OPERATOR)).extracting(e -> e.kind()).containsExactly(LogKind.COMMIT,
                LogKind.WITNESS_ADDED, LogKind.SOURCE, LogKind.WITNESS, LogKind.EXECUTE, LogKind.CONFIRM);
        assertThat(stores.draws.get(id).missingConfirmations(List.of("媒体见证人")))
                .containsExactly("DRAWER", "SUPERVISOR", "WITNESS:媒体见证人");
        assertThat(new BundleVerifier(1).verify(service.bundle(id, OPERATOR)).ok()).isTrue();
        cn.shuangsuiji.draw.BundleSchema.assertValid(service.bundle(id, OPERATOR));
    }

    /** Runs the callback without a real transaction. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
