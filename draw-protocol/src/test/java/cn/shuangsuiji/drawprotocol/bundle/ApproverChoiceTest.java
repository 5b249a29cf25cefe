package cn.shuangsuiji.drawprotocol.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawException;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawStatus;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.ReplacementMode;
import cn.shuangsuiji.drawprotocol.ReplacementRule;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;

/**
 * 审批指定 — a replacement named by the approver (S1 16) is accepted only under an APPROVAL_ONLY commitment
 * and only when the named inspector was eligible; a tampered bundle naming an ineligible one is caught.
 */
class ApproverChoiceTest {
    /** Conflicts with every target, so never drawn and never eligible. */
    private static final InspectorId CONFLICTED = new InspectorId("SC-99");
    private static final int CAP = 3;

    private final DrawEngine engine = new DrawEngine();
    private final BundleVerifier verifier = new BundleVerifier();

    /** One executed draw of the sample set-up under the given replacement rule. */
    private record Drawn(DrawInputs inputs, SeedInputs seedInputs, DrawResult result, DrawLog log) {
        Team teamWithLeader() {
            return result.teams().get(1);
        }

        int load(InspectorId id) {
            return (int) result.teams().stream().filter(t -> t.members().contains(id)).count();
        }
    }

    private static Drawn drawn(ReplacementRule rule) {
        return drawn(rule, false);
    }

    private static Drawn drawn(ReplacementRule rule, boolean excludeSameArea) {
        CandidateTable targets = SampleDraw.targets();
        List<Inspector> list = new ArrayList<>(SampleDraw.inspectors().all());
        list.add(new Inspector(CONFLICTED, SampleDraw.SCJGJ, true, List.of("SC-LIC", "SC-ADV"), "AREA-1"));
        InspectorPool inspectors = new InspectorPool(list);
        List<ConflictPair> pairs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            pairs.add(new ConflictPair(CONFLICTED, new TargetId(targets.targetId(i).value()), "FORMER_EMPLOYER"));
        }
        ConflictSet conflicts = new ConflictSet(pairs);
        long round = DrandQuicknet.firstRoundAfter(1772413200L + 600);
        String secret = "witness-secret-7f3a9c1e5b2d4f60a8c7e9b1d3f5a7c9";
        DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, SampleDraw.DRAW_ID, "QY-2026-0001", "130634",
                "QY-2026.1", "2026-03-02T01:00:00Z", SampleDraw.SCJGJ, List.of(SampleDraw.SCJGJ, SampleDraw.GAJ),
                List.of(new TaskItem(SampleDraw.SCJGJ, "SC-LIC"), new TaskItem(SampleDraw.SCJGJ, "SC-ADV"),
                        new TaskItem(SampleDraw.GAJ, "GA-FIRE")),
                List.of(StratumQuota.ratio("A", "0.02"), StratumQuota.ratio("B", "0.05"),
                        StratumQuota.ratio("C", "0.1"), StratumQuota.count("D", 8)),
                new DrawPolicy(2, 1, excludeSameArea ? 10 : CAP, excludeSameArea, 3, rule), SnapshotRoots.of(targets, inspectors, conflicts),
                DemoBeacon.spec(round), List.of(), List.of(cn.shuangsuiji.drawprotocol.WitnessCommitment.of("见证人", secret)));
        DrawInputs inputs = new DrawInputs(c, targets, inspectors, conflicts);
        SeedInputs seedInputs = new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)), List.of(),
                List.of(secret));
        DrawResult result = new DrawEngine().draw(inputs, seedInputs);
        assertThat(result.status()).isEqualTo(DrawStatus.OK);
        DrawLog log = DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer-01", DrawLog.commit(SampleDraw.DRAW_ID, c.hash()))
                .append(LogKind.WITNESS, "2026-03-02T01:05:00Z", "drawer-01",
                        DrawLog.witness(SampleDraw.DRAW_ID, "见证人", secret))
                .append(LogKind.EXECUTE, "2026-03-02T01:11:00Z", "drawer-01",
                        DrawLog.execute(SampleDraw.DRAW_ID, round, result));
        return new Drawn(inputs, seedInputs, result, log);
    }

    /** The bundle publishing one replacement, logged as it is stated (so only its validity is in question). */
    private static Bundle publish(Drawn d, Replacement r) {
        DrawLog log = d.log().append(LogKind.REPLACE, "2026-03-03T03:00:00Z", "drawer-01",
                DrawLog.replace(SampleDraw.DRAW_ID, r));
        return BundleCodec.fromJson(BundleCodec.toJson(
                BundleMapper.toBundle(d.inputs(), d.seedInputs(), d.result(), List.of(r), log)));
    }

    /** A forged approver's choice of {@code chosen} for the team's leader, as a tampering publisher would state it. */
    private static Replacement forged(Team team, InspectorId chosen) {
        List<InspectorId> members = new ArrayList<>(team.members());
        members.set(members.indexOf(team.leader()), chosen);
        return new Replacement(team.target(), team.leader(), chosen, "AVOIDANCE", "head-SCJGJ",
                new Team(team.target(), chosen, members), ReplacementMode.APPROVER_CHOICE);
    }

    /** Active SCJGJ inspectors covering both items, not in the team, below the cap. */
    private static InspectorId eligibleFor(Drawn d, Team team) {
        for (int i = 1; i <= 8; i++) {
            InspectorId id = new InspectorId(String.format("SC-%02d", i));
            if (!team.members().contains(id) && d.load(id) < CAP) {
                return id;
            }
        }
        throw new AssertionError("the fixture has no eligible SCJGJ inspector left");
    }

    @Test
    void anEligibleChoiceIsAcceptedBecomesLeaderAndVerifies() {
        Drawn d = drawn(ReplacementRule.APPROVAL_ONLY);
        Team team = d.teamWithLeader();
        InspectorId chosen = eligibleFor(d, team);
        Replacement r = engine.replaceInspectorByChoice(d.inputs(), d.result(), List.of(), team.target(),
                team.leader(), chosen, "AVOIDANCE", "head-SCJGJ");
        assertThat(r.mode()).isEqualTo(ReplacementMode.APPROVER_CHOICE);
        assertThat(r.team().leader()).isEqualTo(chosen);
        assertThat(r.team().members()).contains(chosen).doesNotContain(team.leader()).hasSameSizeAs(team.members());
        assertThat(DrawLog.replace("D", r)).containsEntry("mode", "APPROVER_CHOICE")
                .containsEntry("replacement", chosen.value());

        Bundle b = publish(d, r);
        assertThat(b.commitment().policy().replacementRule()).isEqualTo("APPROVAL_ONLY");
        assertThat(b.actions().get(0).mode()).isEqualTo("APPROVER_CHOICE");
        VerificationReport report = verifier.verify(b);
        assertThat(report.errors()).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.contains("approver head-SCJGJ chose " + chosen));
    }

    @Test
    void eachIneligibleChoiceInATamperedBundleIsCaught() {
        Drawn d = drawn(ReplacementRule.APPROVAL_ONLY);
        Team team = d.teamWithLeader();
        InspectorId atCap = null;
        for (int i = 1; i <= 8 && atCap == null; i++) {
            InspectorId id = new InspectorId(String.format("SC-%02d", i));
            if (!team.members().contains(id) && d.load(id) >= CAP) {
                atCap = id;
            }
        }
        assertThat(atCap).as("the fixture has an SCJGJ inspector at the workload cap").isNotNull();
        InspectorId otherMember = team.members().stream().filter(m -> !m.equals(team.leader())).findFirst().orElseThrow();
        InspectorId otherDepartment = new InspectorId("GA-01").equals(otherMember) ? new InspectorId("GA-02")
                : new InspectorId("GA-01");
        Map<String, InspectorId> cases = Map.of(
                "NOT_IN_POOL", new InspectorId("SC-404"),
                "INSPECTOR_INACTIVE", new InspectorId("SC-09"),
                "SCOPE_NOT_COVERED", new InspectorId("SC-10"),
                "OTHER_DEPARTMENT", otherDepartment,
                "CONFLICT", CONFLICTED,
                "ALREADY_IN_TEAM", otherMember,
                "WORKLOAD_CAP", atCap);
        cases.forEach((code, chosen) -> {
            assertThatThrownBy(() -> engine.replaceInspectorByChoice(d.inputs(), d.result(), List.of(), team.target(),
                    team.leader(), chosen, "AVOIDANCE", "head-SCJGJ"))
                    .isInstanceOfSatisfying(DrawException.class, e -> assertThat(e.code()).isEqualTo(code));
            VerificationReport report = verifier.verify(publish(d, forged(team, chosen)));
            assertThat(report.ok()).as(code).isFalse();
            assertThat(report.errors()).as(code).anyMatch(e -> e.contains("approver's choice of " + chosen)
                    && e.contains(code));
        });
    }

    @Test
    void aChoiceFromTheTargetsAreaIsCaughtWhenThePolicyExcludesIt() {
        Drawn d = drawn(ReplacementRule.APPROVAL_ONLY, true);
        Team team = d.teamWithLeader();
        String area = d.inputs().targets().area(d.inputs().targets().indexOf(team.target().value()));
        InspectorId local = d.inputs().inspectors().all().stream()
                .filter(x -> x.department().equals(SampleDraw.SCJGJ) && x.area().equals(area) && x.active()
                        && !x.id().equals(CONFLICTED) && !team.members().contains(x.id()) && d.load(x.id()) < 10
                        && x.scope().contains("SC-ADV"))
                .map(Inspector::id).findFirst().orElseThrow();
        VerificationReport report = verifier.verify(publish(d, forged(team, local)));
        assertThat(report.errors()).anyMatch(e -> e.contains("approver's choice of " + local) && e.contains("SAME_AREA"));
    }

    @Test
    void aChoiceOnceReplacedCannotComeBack() {
        Drawn d = drawn(ReplacementRule.APPROVAL_ONLY);
        Team team = d.teamWithLeader();
        InspectorId chosen = eligibleFor(d, team);
        List<PostDrawAction> history = List.of(engine.replaceInspectorByChoice(d.inputs(), d.result(), List.of(),
                team.target(), team.leader(), chosen, "AVOIDANCE", "head-SCJGJ"));
        assertThatThrownBy(() -> engine.replaceInspectorByChoice(d.inputs(), d.result(), history, team.target(),
                chosen, team.leader(), "HEALTH", "head-SCJGJ"))
                .isInstanceOfSatisfying(DrawException.class, e -> assertThat(e.code()).isEqualTo("REPLACED_BEFORE"));
    }

    @Test
    void aChoiceUnderSubstitutionDrawIsRefusedAndCaught() {
        Drawn d = drawn(ReplacementRule.SUBSTITUTION_DRAW);
        Team team = d.teamWithLeader();
        InspectorId chosen = eligibleFor(d, team);
        assertThatThrownBy(() -> engine.replaceInspectorByChoice(d.inputs(), d.result(), List.of(), team.target(),
                team.leader(), chosen, "AVOIDANCE", "head-SCJGJ"))
                .isInstanceOfSatisfying(DrawException.class, e -> assertThat(e.code()).isEqualTo("CHOICE_NOT_ALLOWED"));
        VerificationReport report = verifier.verify(publish(d, forged(team, chosen)));
        assertThat(report.errors()).anyMatch(e -> e.contains("CHOICE_NOT_ALLOWED"));
    }

    @Test
    void nextRankedStillWorksUnderApprovalOnlyAndLogsWithoutModeStillVerify() {
        Drawn d = drawn(ReplacementRule.APPROVAL_ONLY);
        Team team = d.teamWithLeader();
        Replacement r = engine.replaceInspector(d.inputs(), d.result(), List.of(), team.target(), team.leader(),
                "AVOIDANCE", "head-SCJGJ");
        assertThat(r.mode()).isEqualTo(ReplacementMode.NEXT_RANKED);
        assertThat(verifier.verify(publish(d, r)).errors()).isEmpty();

        // an entry written before protocol revision 1.1 has no mode field
        Map<String, String> legacy = new HashMap<>(DrawLog.replace(SampleDraw.DRAW_ID, r));
        legacy.remove("mode");
        DrawLog log = d.log().append(LogKind.REPLACE, "2026-03-03T03:00:00Z", "drawer-01", legacy);
        Bundle b = BundleMapper.toBundle(d.inputs(), d.seedInputs(), d.result(), List.of(r), log);
        assertThat(verifier.verify(b).errors()).isEmpty();
    }

    @Test
    void theRuleIsCommittedAndTheDefaultKeepsTheEarlierEncoding() {
        DrawCommitment drawn = drawn(ReplacementRule.SUBSTITUTION_DRAW).inputs().commitment();
        DrawPolicy p = drawn.policy();
        DrawCommitment approval = new DrawCommitment(drawn.algorithmVersion(), drawn.drawId(), drawn.planId(),
                drawn.jurisdiction(), drawn.policyVersion(), drawn.committedAt(), drawn.initiatingDepartment(),
                drawn.participatingDepartments(), drawn.items(), drawn.strata(),
                p.withReplacementRule(ReplacementRule.APPROVAL_ONLY), drawn.snapshot(), drawn.beacon(),
                drawn.sources(), drawn.witnesses());
        byte[] base = drawn.encode();
        byte[] trailer = approval.encode();
        assertThat(approval.hash()).isNotEqualTo(drawn.hash());
        assertThat(java.util.Arrays.copyOf(trailer, base.length)).isEqualTo(base);
        assertThat(new String(trailer, base.length, trailer.length - base.length,
                java.nio.charset.StandardCharsets.UTF_8)).contains("replacementRule").contains("APPROVAL_ONLY");
    }
}
