package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.application.port.out.SnapshotCatalog;
import cn.shuangsuiji.draw.domain.check.RepeatCheckScreening;
import cn.shuangsuiji.draw.domain.draw.BeaconTiming;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.draw.ExpertDraft;
import cn.shuangsuiji.draw.domain.draw.PreparedDraw;
import cn.shuangsuiji.draw.domain.draw.TaskRounds;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PublishedItems;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotContent;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotFreshness;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ReplacementRule;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 承诺准备 — everything a commitment needs, gathered and checked before its transaction: the approved plan's task
 * (not withdrawn, items published, a round left), a beacon round in the future, the confirmed and current snapshots
 * read, and the candidate table and inspector pool prepared under the year's eligibility facts.
 */
@Component
class PrepareCommitment {

    private final PlanRepository plans;
    private final TaskItems items;
    private final DrawRepository draws;
    private final SnapshotCatalog catalog;
    private final SnapshotContents source;
    private final CommitmentFacts facts;
    private final DrawSettings settings;

    PrepareCommitment(PlanRepository plans, TaskItems items, DrawRepository draws, SnapshotCatalog catalog,
                      SnapshotContents source, CommitmentFacts facts, DrawSettings settings) {
        this.facts = facts;
        this.plans = plans;
        this.items = items;
        this.draws = draws;
        this.catalog = catalog;
        this.source = source;
        this.settings = settings;
    }

    /** The checked plan, task, round and beacon of a commitment, its prepared inputs and its repeat checks. */
    record Prepared(ApprovedPlan plan, PlannedTask task, TaskRounds.NextRound round, BeaconSpec beacon,
                    PreparedDraw draw, RepeatCheckScreening repeatChecks) {
    }

    /** Refuses (a problem) or returns what {@code cmd} commits to, as of {@code now}. */
    Prepared prepare(DrawCommands.Commit cmd, Instant now) {
        ApprovedPlan plan = plans.findPlan(cmd.planId())
                .orElseThrow(() -> DrawRefusals.taskUnknown(cmd.planId(), cmd.taskId()));
        DrawAccess.requireInitiating(cmd.actor(), plan.initiatingDepartmentId(), Role.DRAW_OPERATOR);
        PlannedTask task = plan.task(cmd.taskId()).orElseThrow(() -> DrawRefusals.taskUnknown(cmd.planId(),
                cmd.taskId()));
        if (plan.withdrawn()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_PLAN_WITHDRAWN", "计划已撤销",
                    "计划 " + plan.planId() + " 已撤销，不能再抽取");
        }
        PublishedItems.requirePublished(task, items.withdrawals(task));
        TaskRounds.NextRound round = TaskRounds.next(task, draws.ofTask(plan.planId(), task.taskId()));
        BeaconSpec beacon = beacon(cmd.beaconNetwork(), cmd.beaconRound());
        BeaconTiming.requireFuture(beacon, now);
        List<ConfirmedSnapshot> targetSnapshots = confirmed(cmd.targetSnapshotIds(), ConfirmedSnapshot.ENTITIES);
        List<ConfirmedSnapshot> inspectorSnapshots = confirmed(cmd.inspectorSnapshotIds(),
                ConfirmedSnapshot.INSPECTORS);
        List<InspectorRecord> inspectors = new ArrayList<>();
        inspectorSnapshots.forEach(s -> inspectors.addAll(SnapshotContent.read(source.content(s), s).inspectors()));
        List<ExpertNeed> needs = items.expertNeeds(plan, task);
        List<ExpertRecord> experts = items.expertPool(needs);
        var entities = SnapshotIntake.read(source, plan, task, targetSnapshots, inspectors,
                ExpertDraft.riders(experts)); // streamed, columnar; experts' relations matched on the way

        CommitmentFacts.Gathered gathered = facts.gather(plan, task);
        PreparedDraw drawn = DrawPreparation.prepare(plan, task, entities, inspectors, gathered.facts());
        PreparedDraw prepared = ExpertDraft.apply(drawn.withPolicy(drawn.policy().withReplacementRule(
                replacementRule(plan))), plan, needs, experts, entities);
        return new Prepared(plan, task, round, beacon, prepared, gathered.repeatChecks());
    }

    private BeaconSpec beacon(String network, long round) {
        if (network == null || network.isBlank() || DrandQuicknet.NETWORK.equals(network)) {
            return DrandQuicknet.spec(round);
        }
        if (DemoBeacon.NETWORK.equals(network)) {
            if (!settings.demoBeaconEnabled()) {
                throw new DomainProblem(ProblemKind.INVALID, "DRAW_DEMO_BEACON_DISABLED", "演示信标未启用",
                        "演示信标（非公共信标，任何人可签名）只能用于本地演示和测试；生产环境只接受 drand quicknet");
            }
            return DemoBeacon.spec(round);
        }
        throw DomainProblem.invalid("DRAW_BEACON_UNKNOWN", "不支持的信标网络：" + network, List.of());
    }

    private List<ConfirmedSnapshot> confirmed(List<String> ids, String kind) {
        List<ConfirmedSnapshot> result = new ArrayList<>();
        for (String id : ids) {
            result.add(SnapshotFreshness.requireUsable(id, catalog.findSnapshot(id), kind, catalog::newerOfSameScope));
        }
        return result;
    }

    /** The plan policy's replacement rule as committed: APPROVAL_ONLY (S1 16), otherwise SUBSTITUTION_DRAW. */
    private static ReplacementRule replacementRule(ApprovedPlan plan) {
        return "APPROVAL_ONLY".equals(plan.policy().replacementRule()) ? ReplacementRule.APPROVAL_ONLY
                : ReplacementRule.SUBSTITUTION_DRAW;
    }
}
