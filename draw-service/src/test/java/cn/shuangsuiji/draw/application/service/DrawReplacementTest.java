package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static cn.shuangsuiji.draw.application.service.TestActors.head;
import static cn.shuangsuiji.draw.application.service.TestActors.witness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 人员调整 — POST /api/draws/{id}/replacements with and without a named replacement: the approver's choice
 * (S1 16) under an APPROVAL_ONLY policy, its refusals, and the refusal under SUBSTITUTION_DRAW (S2 19, 21).
 */
class DrawReplacementTest {

    static final Instant START = DrawServiceTest.START;
    static final String SECRET = DrawServiceTest.SECRET;

    final InMemoryStores stores = new InMemoryStores();
    final Draws service = new Draws(stores, Clock.fixed(START, ZoneId.of("UTC")),
                new DrawSettings(true, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));

    /** A committed and executed draw of the fixture plan under the given replacement rule. */
    DrawView executed(String rule) {
        ApprovedPlan p = DrawFixtures.plan();
        PolicyFacts f = p.policy();
        stores.save(new ApprovedPlan(p.planId(), p.planVersion(), p.kind(), p.year(), p.initiatingDepartmentId(),
                p.participatingDepartmentIds(), new PolicyFacts(f.policyId(), f.policyVersion(),
                        f.maxInspectionsPerEntityPerYear(), f.minTeamSize(), rule, f.dispatchConfirmationWorkingDays(),
                        f.excludeOwnArea(), f.repeatPairingYears(), f.maxAssignmentsPerInspectorPerRound()),
                p.tasks(), p.withdrawn()));
        confirm(SnapshotFixtures.entities("snap-ent-1", List.of("qy-amr"), START.minusSeconds(3600),
                DrawFixtures.entities()));
        confirm(SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS, START.minusSeconds(3600),
                DrawFixtures.inspectors(4, List.of())));
        long round = DrandQuicknet.firstRoundAfter(START.getEpochSecond() + 30);
        Draw draw = service.commit(new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK, DemoBeacon.NETWORK,
                round, List.of("snap-ent-1"), List.of("snap-ins-1"), List.of(),
                List.of(new DrawCommands.WitnessCommitment("媒体见证人", DrawFixtures.key(SECRET))), OPERATOR));
        return service.execute(new DrawCommands.Execute(draw.id().value(), DemoBeacon.sign(round), List.of(),
                List.of(SECRET), OPERATOR));
    }

    void confirm(SnapshotFixtures.Fixture f) {
        stores.save(f.snapshot());
        stores.contents.put(f.snapshot().snapshotId(), f.content());
    }

    static String id(DrawView v) {
        return v.draw().id().value();
    }

    static RankedTarget target(DrawView v) {
        return v.outcome().targets().get(3);
    }

    static InspectorId member(Team team, String department) {
        return team.members().stream().filter(m -> m.value().startsWith("ins-" + department + "-")).findFirst()
                .orElseThrow();
    }

    /** An inspector of the department who is not in the team. */
    static InspectorId outsider(Team team, String department) {
        return IntStream.rangeClosed(1, 4).mapToObj(i -> new InspectorId("ins-" + department + "-" + i))
                .filter(i -> !team.members().contains(i)).findFirst().orElseThrow();
    }

    DomainProblem refusal(DrawView v, InspectorId out, String chosen) {
        int logBefore = service.log(id(v), OPERATOR).size();
        DomainProblem p = catchThrowableOfType(DomainProblem.class, () -> service.replace(new DrawCommands.Replace(
                id(v), target(v).id().value(), out.value(), "AVOIDANCE", chosen, head("head-qy-psb", "qy-psb"))));
        assertThat(p).as("refused").isNotNull();
        assertThat(service.log(id(v), OPERATOR)).as("nothing written").hasSize(logBefore);
        assertThat(stores.events(InspectorReplaced.class)).isEmpty();
        return p;
    }

    @Test
    void theApproverNamesAnEligibleInspectorAndTheBundleStillVerifies() {
        DrawView v = executed("APPROVAL_ONLY");
        Team team = v.outcome().team(target(v).id());
        InspectorId out = member(team, "qy-psb");
        InspectorId chosen = outsider(team, "qy-psb");

        DrawView after = service.replace(new DrawCommands.Replace(id(v), target(v).id().value(), out.value(),
                "AVOIDANCE", chosen.value(), head("head-qy-psb", "qy-psb")));

        Team changed = after.outcome().team(target(v).id());
        assertThat(changed.members()).contains(chosen).doesNotContain(out).hasSameSizeAs(team.members());
        assertThat(changed.leader()).isEqualTo(team.leader());
        InspectorReplaced event = stores.events(InspectorReplaced.class).get(0);
        assertThat(event.mode()).isEqualTo(InspectorReplaced.APPROVER_CHOICE);
        assertThat(event.replacementInspectorId()).isEqualTo(chosen.value());
        LogEntry entry = service.log(id(v), OPERATOR).get(service.log(id(v), OPERATOR).size() - 1);
        assertThat(entry.kind()).isEqualTo(LogKind.REPLACE);
        assertThat(entry.field("mode")).isEqualTo("APPROVER_CHOICE");
        assertThat(entry.field("replacement")).isEqualTo(chosen.value());

        // a later next-ranked replacement replays the logged choice first
        InspectorId amr = member(changed, "qy-amr");
        service.replace(new DrawCommands.Replace(id(v), target(v).id().value(), amr.value(), "HEALTH",
                head("head-qy-amr", "qy-amr")));
        assertThat(stores.events(InspectorReplaced.class).get(1).mode()).isEqualTo(InspectorReplaced.NEXT_RANKED);

        Bundle bundle = service.bundle(id(v), OPERATOR);
        assertThat(bundle.commitment().policy().replacementRule()).isEqualTo("APPROVAL_ONLY");
        assertThat(bundle.actions()).extracting(Bundle.Action::mode).containsExactly("APPROVER_CHOICE", "NEXT_RANKED");
        VerificationReport report = new BundleVerifier(1).verify(bundle);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void anIneligibleChoiceIsRefusedWithTheReason() {
        DrawView v = executed("APPROVAL_ONLY");
        Team team = v.outcome().team(target(v).id());
        InspectorId out = member(team, "qy-psb");

        DomainProblem otherDepartment = refusal(v, out, outsider(team, "qy-cult").value());
        assertThat(otherDepartment.code()).isEqualTo("DRAW_REPLACEMENT_INELIGIBLE");
        assertThat(otherDepartment.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(otherDepartment.detail()).contains("同一部门");

        DomainProblem inTeam = refusal(v, out, member(team, "qy-amr").value());
        assertThat(inTeam.code()).isEqualTo("DRAW_REPLACEMENT_INELIGIBLE");
        assertThat(inTeam.detail()).contains("已在该检查组中");

        DomainProblem unknown = refusal(v, out, "ins-qy-psb-404");
        assertThat(unknown.code()).isEqualTo("DRAW_REPLACEMENT_INELIGIBLE");
        assertThat(unknown.detail()).contains("名录");
    }

    @Test
    void underSubstitutionDrawTheApproverCannotChooseButNextRankedWorks() {
        DrawView v = executed("SUBSTITUTION_DRAW");
        Team team = v.outcome().team(target(v).id());
        InspectorId out = member(team, "qy-psb");

        DomainProblem p = refusal(v, out, outsider(team, "qy-psb").value());
        assertThat(p.code()).isEqualTo("DRAW_REPLACEMENT_CHOICE_NOT_ALLOWED");
        assertThat(p.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(p.detail()).contains("抽取递补");

        service.replace(new DrawCommands.Replace(id(v), target(v).id().value(), out.value(), "AVOIDANCE",
                null, head("head-qy-psb", "qy-psb")));
        assertThat(stores.events(InspectorReplaced.class)).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo(InspectorReplaced.NEXT_RANKED));
        assertThat(service.bundle(id(v), OPERATOR).commitment().policy().replacementRule()).isEqualTo("SUBSTITUTION_DRAW");
        assertThat(new BundleVerifier(1).verify(service.bundle(id(v), OPERATOR)).errors()).isEmpty();
    }
}
