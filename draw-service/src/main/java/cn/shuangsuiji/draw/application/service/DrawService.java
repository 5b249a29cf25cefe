package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DispatchConfirmed;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawDispatched;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawUseCases;
import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository.Execution;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.application.port.out.EntityStatusBook;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.application.port.out.ItemCatalog;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger.Selection;
import cn.shuangsuiji.draw.application.port.out.SnapshotCatalog;
import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.draw.Confirmation;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.draw.domain.draw.EligibilityFacts;
import cn.shuangsuiji.draw.domain.draw.FrozenInputs;
import cn.shuangsuiji.draw.domain.draw.PreparedDraw;
import cn.shuangsuiji.draw.domain.draw.SubstitutionReason;
import cn.shuangsuiji.draw.domain.draw.TaskRounds;
import cn.shuangsuiji.draw.domain.draw.Witness;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PublishedItems;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotContent;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawException;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawStatus;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.ReplacementMode;
import cn.shuangsuiji.drawprotocol.ReplacementRule;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.Substitution;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 抽取服务 — the draw lifecycle (rules.md §4; docs/draw-protocol.md): commit, execute, substitute, replace,
 * abandon, witness, confirm, dispatch. Computation (fetching snapshots, drawing) happens before the transaction;
 * each state change, its log entries and its event are stored in one transaction; a refusal changes nothing.
 */
@Service
class DrawService implements DrawUseCases {

    static final List<String> LEVELS = List.of("NATIONAL", "PROVINCE", "CITY", "COUNTY", "TOWNSHIP");

    private final PlanRepository plans;
    private final SnapshotCatalog catalog;
    private final SnapshotSource source;
    private final DrawRepository draws;
    private final DrawLogRepository logs;
    private final ExecutionRepository executions;
    private final FrozenInputsStore frozen;
    private final SelectionLedger ledger;
    private final EventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DrawSettings settings;
    private final AuditTrail audit;
    private final EntityStatusBook statuses;
    private final ItemCatalog items;
    private final DepartmentDirectory departments;
    private final DrawEngine engine = new DrawEngine();
    private final CommittedInputs committedInputs = new CommittedInputs(); // issue 12: no reload after commit
    private final AnchorLogEntry anchor;
    private final AttachTransparency transparency;

    DrawService(PlanRepository plans, SnapshotCatalog catalog, SnapshotSource source, DrawRepository draws,
                DrawLogRepository logs, ExecutionRepository executions, FrozenInputsStore frozen,
                SelectionLedger ledger, EventPublisher events, Clock clock, TransactionTemplate transactions,
                DrawSettings settings, AuditTrail audit, EntityStatusBook statuses, ItemCatalog items,
                DepartmentDirectory departments, AnchorLogEntry anchor, AttachTransparency transparency) {
        this.departments = departments;
        this.anchor = anchor;
        this.transparency = transparency;
        this.audit = audit;
        this.statuses = statuses;
        this.items = items;
        this.plans = plans;
        this.catalog = catalog;
        this.source = source;
        this.draws = draws;
        this.logs = logs;
        this.executions = executions;
        this.frozen = frozen;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.settings = settings;
    }

    // ------------------------------------------------------------------ commit

    @Override
    public Draw commit(DrawCommands.Commit cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        ApprovedPlan plan = plans.findPlan(cmd.planId()).orElseThrow(() -> taskUnknown(cmd.planId(), cmd.taskId()));
        DrawAccess.requireInitiating(cmd.actor(), plan.initiatingDepartmentId(), Role.DRAW_OPERATOR);
        PlannedTask task = plan.task(cmd.taskId()).orElseThrow(() -> taskUnknown(cmd.planId(), cmd.taskId()));
        if (plan.withdrawn()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_PLAN_WITHDRAWN", "计划已撤销",
                    "计划 " + plan.planId() + " 已撤销，不能再抽取");
        }
        PublishedItems.requirePublished(task, withdrawals(task));
        TaskRounds.NextRound round = TaskRounds.next(task, draws.ofTask(plan.planId(), task.taskId()));
        Instant now = now();
        BeaconSpec beacon = beacon(cmd.beaconNetwork(), cmd.beaconRound());
        if (beacon.roundTime() <= now.getEpochSecond()) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_ROUND_NOT_FUTURE", "信标轮次不在未来",
                    "信标轮次 " + cmd.beaconRound() + " 的时间 " + Instant.ofEpochSecond(beacon.roundTime())
                            + " 不晚于承诺时间 " + now + "：已公开的随机数不能用于抽取（下一可用轮次 "
                            + DrandQuicknet.firstRoundAfter(now.getEpochSecond()) + "）");
        }
        List<ConfirmedSnapshot> targetSnapshots = confirmed(cmd.targetSnapshotIds(), ConfirmedSnapshot.ENTITIES);
        List<ConfirmedSnapshot> inspectorSnapshots = confirmed(cmd.inspectorSnapshotIds(),
                ConfirmedSnapshot.INSPECTORS);
        List<InspectorRecord> inspectors = new ArrayList<>();
        inspectorSnapshots.forEach(s -> inspectors.addAll(SnapshotContent.read(source.content(s), s).inspectors()));
        var entities = SnapshotIntake.read(source, plan, task, targetSnapshots, inspectors); // streamed, columnar

        PreparedDraw drawn = DrawPreparation.prepare(plan, task, entities, inspectors, facts(plan, task));
        PreparedDraw prepared = drawn.withPolicy(drawn.policy().withReplacementRule(replacementRule(plan)));
        DrawId id = DrawId.next(plan.year());
        DrawInputs inputs = invalidAsProblem("DRAW_COMMITMENT_INVALID", () -> prepared.commit(id.value(),
                plan.planId() + "/" + task.taskId(), plan.policy().policyId(),
                String.valueOf(plan.policy().policyVersion()), now.toString(), beacon,
                cmd.sources().stream().map(s -> new PublicSource(s.name(), s.description(), s.format())).toList(),
                cmd.witnessCommitments().stream()
                        .map(w -> new WitnessCommitment(w.witness(), Hash32.fromHex(w.commitment()))).toList()));
        frozen.store(id.value(), FrozenInputs.write(inputs));
        String hash = inputs.commitment().hash().hex();
        DrawHeader header = new DrawHeader(plan.planId(), plan.planVersion(), task.taskId(), plan.year(),
                task.level(), plan.initiatingDepartmentId(),
                prepared.participating().stream().map(d -> d.value()).toList(), cmd.targetSnapshotIds(),
                cmd.inspectorSnapshotIds(), beacon.network(), beacon.round(), hash, inputs.targets().size(),
                inputs.targets().exclusionCount(), now, cmd.actor().subject(), round.round(), round.redrawOf());
        Draw draw = Draw.commit(id, header);
        Draw committed = inTransaction(() -> {
            draws.insert(draw);
            appendLog(id.value(), LogKind.COMMIT, cmd.actor().subject(), DrawLog.commit(id.value(), Hash32.fromHex(hash)));
            events.publish(new DrawCommitted(UUID.randomUUID(), now, id.value(), plan.planId(), plan.planVersion(),
                    task.taskId(), plan.year(), task.level(), plan.initiatingDepartmentId(),
                    header.participatingDepartmentIds(), header.targetSnapshotIds(), header.inspectorSnapshotIds(),
                    hash, beacon.network(), beacon.round(), header.candidateCount(), header.exclusionCount(), now));
            audit(cmd.actor(), "draw.commit", draw, null, Map.of("state", draw.state().name(), "commitmentHash", hash));
            return draw;
        });
        committedInputs.put(id.value(), inputs);
        return committed;
    }

    private Map<String, PublishedItems.Withdrawal> withdrawals(PlannedTask task) {
        Map<String, PublishedItems.Withdrawal> withdrawn = new java.util.HashMap<>();
        for (PlannedTask.ItemRef i : task.items()) {
            items.state(i.itemId()).filter(s -> s.withdrawnVersion() > 0).ifPresent(s -> withdrawn.put(i.itemId(),
                    new PublishedItems.Withdrawal(s.withdrawnVersion(), s.withdrawReason())));
        }
        return withdrawn;
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
            ConfirmedSnapshot s = catalog.findSnapshot(id).orElseThrow(() -> new DomainProblem(ProblemKind.CONFLICT,
                    "DRAW_SNAPSHOT_NOT_CONFIRMED", "快照未确认", "未收到快照 " + id + " 的两库更新确认，不能据此抽取"));
            if (!s.kind().equals(kind)) {
                throw DomainProblem.invalid("DRAW_SNAPSHOT_KIND", "快照 " + id + " 的类型为 " + s.kind() + "，此处需要 "
                        + kind, List.of());
            }
            List<ConfirmedSnapshot> newer = catalog.newerOfSameScope(s);
            if (!newer.isEmpty()) {
                throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_STALE", "快照已过时",
                        "快照 " + id + " 之后同一范围已确认了更新的快照 " + newer.get(0).snapshotId() + "，请使用最新确认的快照");
            }
            result.add(s);
        }
        return result;
    }

    private EligibilityFacts facts(ApprovedPlan plan, PlannedTask task) {
        int level = LEVELS.indexOf(task.level());
        List<String> higher = level <= 0 ? List.of() : LEVELS.subList(0, level);
        Set<String> covered = higher.isEmpty() ? Set.of() : ledger.drawnAtLevels(plan.year(), higher,
                task.items().stream().map(PlannedTask.ItemRef::itemId).toList());
        int years = plan.policy().repeatPairingYears();
        Set<String> pairs = years > 0 ? ledger.pairingsSince(plan.year() - years + 1) : Set.of();
        return new EligibilityFacts(ledger.drawnInYear(plan.year()), covered, pairs);
    }

    // ------------------------------------------------------------------ execute

    /** A witness reveals their secret before the round (S2 20; the beacon must be the last input known). */
    @Override
    public Draw reveal(DrawCommands.Reveal cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.WITNESS);
        Draw draw = load(cmd.drawId());
        draw.requireCommitted();
        DrawInputs inputs = inputs(draw);
        WitnessCommitment committed = inputs.commitment().witnesses().stream()
                .filter(w -> w.witness().equals(cmd.witness())).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("DRAW_WITNESS_UNKNOWN", "承诺中没有见证人 " + cmd.witness(),
                        List.of()));
        if (revealed(cmd.drawId()).containsKey(cmd.witness())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_REVEAL_EXISTS", "见证人已公开秘密",
                    "见证人 " + cmd.witness() + " 已公开过秘密");
        }
        if (!committed.opens(cmd.reveal())) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH", "见证人秘密与承诺不符",
                    "见证人 " + cmd.witness() + " 公开的秘密与其承诺的哈希不符");
        }
        return inTransaction(() -> {
            draws.update(draw);
            appendLog(cmd.drawId(), LogKind.WITNESS, cmd.actor().subject(), DrawLog.witness(cmd.drawId(), cmd.witness(),
                    cmd.reveal()));
            audit(cmd.actor(), "draw.reveal", draw, null, Map.of("witness", cmd.witness()));
            return draw;
        });
    }

    private Map<String, String> revealed(String drawId) {
        Map<String, String> reveals = new java.util.LinkedHashMap<>();
        logs.entries(drawId).stream().filter(e -> e.kind() == LogKind.WITNESS)
                .forEach(e -> reveals.put(e.field("witness"), e.field("reveal")));
        return reveals;
    }

    @Override
    public DrawView execute(DrawCommands.Execute cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Draw draw = load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR);
        draw.requireCommitted();
        DrawInputs inputs = inputs(draw);
        long round = inputs.commitment().beacon().round();
        Map<String, String> earlier = revealed(cmd.drawId());
        var witnesses = inputs.commitment().witnesses();
        List<String> reveals = new ArrayList<>();
        for (int i = 0; i < witnesses.size(); i++) {
            String name = witnesses.get(i).witness();
            reveals.add(earlier.containsKey(name) ? earlier.get(name)
                    : i < cmd.witnessReveals().size() ? cmd.witnessReveals().get(i) : "");
        }
        if (reveals.contains("")) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH", "见证人秘密缺失",
                    "每位承诺的见证人都须在执行前或执行时公开其秘密");
        }
        BeaconReading beacon = invalidAsProblem("DRAW_BEACON_INVALID",
                () -> new BeaconReading(round, cmd.signature().trim().toLowerCase()));
        PinnedSources pinned = PinnedSources.forExecution(inputs.commitment(), logs.entries(cmd.drawId()),
                cmd.sourceValues(), now());
        SeedInputs seedInputs = invalidAsProblem("DRAW_SOURCE_MISMATCH",
                () -> new SeedInputs(beacon, pinned.values(), reveals));
        String problem = DrawEngine.checkSeedInputs(inputs.commitment(), seedInputs);
        if (problem != null) {
            throw seedProblem(problem);
        }
        DrawResult result = engine.draw(inputs, seedInputs);
        boolean ok = result.status() == DrawStatus.OK;
        Instant now = now();
        Execution execution = new Execution(draw.id().value(), round, seedInputs.beacon().signature(),
                pinned.values(), reveals, result.seed().hex(), result.hash().hex(),
                result.status().name(), ok ? null : result.failure().code(), now, cmd.actor().subject());
        Draw executed = draw.execute(result.hash().hex(), ok);
        DrawOutcome outcome = new DrawOutcome(result, List.of());
        PlannedTask task = task(draw);
        List<DrawOutcome.Form> forms = ok ? outcome.forms(task.items(), inputs.inspectors()) : List.of();
        inTransaction(() -> {
            executions.insert(execution);
            pinned.toLog().forEach((name, value) -> appendLog(cmd.drawId(), LogKind.SOURCE, cmd.actor().subject(),
                    DrawLog.source(cmd.drawId(), name, value)));
            for (int i = 0; i < witnesses.size(); i++) {
                if (!earlier.containsKey(witnesses.get(i).witness())) {
                    appendLog(cmd.drawId(), LogKind.WITNESS, cmd.actor().subject(), DrawLog.witness(cmd.drawId(),
                            witnesses.get(i).witness(), reveals.get(i)));
                }
            }
            LogEntry entry = appendLog(cmd.drawId(), LogKind.EXECUTE, cmd.actor().subject(),
                    DrawLog.execute(cmd.drawId(), round, result));
            draws.update(executed);
            if (ok) {
                List<Selection> taken = new ArrayList<>();
                for (RankedTarget t : result.selected()) {
                    taken.add(selection(draw, (int) entry.seq(), t.id().value(), 1, task, outcome.team(t.id()), now));
                }
                ledger.append(taken);
            }
            events.publish(completed(executed, result, outcome, forms, now));
            audit(cmd.actor(), "draw.execute", executed, Map.of("state", draw.state().name()),
                    Map.of("state", executed.state().name(), "resultHash", result.hash().hex()));
            return null;
        });
        return new DrawView(executed, result.status().name(), ok ? null : result.failure().code(),
                result.seed().hex(), result.strata(), outcome, forms);
    }

    private static DomainProblem seedProblem(String problem) {
        String code = problem.substring(0, problem.indexOf(':'));
        String detail = problem.substring(problem.indexOf(':') + 1).trim();
        return switch (code) {
            case "BEACON_INVALID" -> new DomainProblem(ProblemKind.INVALID, "DRAW_BEACON_INVALID", "信标签名无效",
                    "信标签名未通过承诺轮次的校验（签名错误或不是该轮次的签名）：" + detail);
            case "WITNESS_MISMATCH" -> new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH",
                    "见证人秘密与承诺不符", "见证人公开的秘密与其承诺的哈希不符：" + detail);
            default -> new DomainProblem(ProblemKind.INVALID, "DRAW_SOURCE_MISMATCH", "公开随机源数值不符",
                    "公开随机源的数值与承诺不符：" + detail);
        };
    }

    private DrawCompleted completed(Draw draw, DrawResult result, DrawOutcome outcome, List<DrawOutcome.Form> forms,
                                    Instant now) {
        DrawHeader h = draw.header();
        List<DrawnTarget> targets = result.selected().stream()
                .map(t -> new DrawnTarget(t.id().value(), t.stratum(), t.keyHex())).toList();
        List<DrawnTeam> teams = result.teams().stream().map(DrawService::team).toList();
        List<StratumThreshold> thresholds = result.strata().stream().map(s -> new StratumThreshold(s.stratum(),
                s.eligible(), s.requested(), s.quota(), s.shortfall(),
                s.threshold() == null ? null : s.threshold().id().value(),
                s.threshold() == null ? null : s.threshold().keyHex())).toList();
        return new DrawCompleted(UUID.randomUUID(), now, draw.id().value(), h.planId(), h.taskId(), h.year(),
                h.level(), result.status().name(), result.failure() == null ? null : result.failure().code(),
                h.beaconNetwork(), h.beaconRound(), result.seed().hex(), h.commitmentHash(), result.hash().hex(),
                targets, teams, forms.stream().map(DrawService::form).toList(), thresholds,
                "/api/draws/" + draw.id().value() + "/bundle", now);
    }

    static DrawnTeam team(Team t) {
        return t == null ? null : new DrawnTeam(t.target().value(), t.leader().value(),
                t.members().stream().map(InspectorId::value).toList());
    }

    static InspectionForm form(DrawOutcome.Form f) {
        return new InspectionForm(f.entityId(), f.leaderId(),
                f.members().stream().map(m -> new InspectionForm.FormMember(m.inspectorId(), m.departmentId()))
                        .toList(),
                f.items().stream().map(i -> new InspectionForm.FormItem(i.departmentId(), i.itemId())).toList());
    }

    private static Selection selection(Draw draw, int seq, String entity, int delta, PlannedTask task, Team team,
                                       Instant at) {
        return new Selection(draw.id().value(), seq, draw.header().year(), draw.header().level(), entity, delta,
                task.items().stream().map(PlannedTask.ItemRef::itemId).distinct().toList(),
                team == null ? List.of() : team.members().stream().map(InspectorId::value).toList(), at);
    }

    // ------------------------------------------------------------------ post-draw actions

    /**
     * 抽取递补 (S2 19, 21; S1 15): the department head of the initiating department approves and performs it — the
     * approver is the caller, never a body field — for a reason of {@link SubstitutionReason} with evidence, and
     * only when the entity's registry status supports the reason.
     */
    @Override
    public DrawView substitute(DrawCommands.Substitute cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DEPARTMENT_HEAD);
        SubstitutionReason reason = SubstitutionReason.of(cmd.reason());
        Draw draw = load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DEPARTMENT_HEAD);
        draw.requireExecuted();
        Executed x = executed(draw);
        TargetId target = new TargetId(cmd.targetId());
        if (!new DrawOutcome(x.result(), x.actions()).contains(target)) {
            throw targetNotDrawn(cmd.targetId());
        }
        reason.requireSupportedBy(cmd.targetId(), statuses.statusOf(cmd.targetId()).orElse(null));
        Substitution s = engineAction(() -> engine.substitute(x.inputs(), x.result(), x.actions(), target,
                cmd.reason()));
        List<PostDrawAction> actions = new ArrayList<>(x.actions());
        actions.add(s);
        DrawOutcome outcome = new DrawOutcome(x.result(), actions);
        PlannedTask task = task(draw);
        DrawOutcome.Form form = outcome.form(s.substitute(), task.items(), x.inputs().inspectors());
        Instant now = now();
        inTransaction(() -> {
            LogEntry entry = appendLog(cmd.drawId(), LogKind.SUBSTITUTE, cmd.actor().subject(),
                    DrawLog.substitute(cmd.drawId(), s));
            draws.update(draw);
            ledger.append(List.of(
                    selection(draw, (int) entry.seq(), cmd.targetId(), -1, task, null, now),
                    selection(draw, (int) entry.seq(), s.substitute().id().value(), 1, task, s.team(), now)));
            events.publish(new TargetSubstituted(UUID.randomUUID(), now, cmd.drawId(), cmd.targetId(),
                    s.substitute().id().value(), s.substitute().stratum(), s.substitute().keyHex(), cmd.reason(),
                    team(s.team()), form(form), cmd.actor().subject()));
            audit(cmd.actor(), "draw.substitute", draw, Map.of("target", cmd.targetId()),
                    Map.of("target", s.substitute().id().value(), "reason", cmd.reason(), "evidence", cmd.evidence(),
                            "approvedBy", cmd.actor().subject()));
            return null;
        });
        return view(draw, x.result(), outcome, task, x.inputs().inspectors());
    }

    @Override
    public DrawView replace(DrawCommands.Replace cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DEPARTMENT_HEAD);
        Draw draw = load(cmd.drawId());
        DrawAccess.requireReplacementApprover(cmd.actor(), draw);
        draw.requireExecuted();
        Executed x = executed(draw);
        TargetId target = new TargetId(cmd.targetId());
        DrawOutcome before = new DrawOutcome(x.result(), x.actions());
        if (!before.contains(target)) {
            throw targetNotDrawn(cmd.targetId());
        }
        InspectorId inspector = new InspectorId(cmd.inspectorId());
        Team team = before.team(target);
        if (team == null || !team.members().contains(inspector)) {
            throw DomainProblem.invalid("DRAW_INSPECTOR_NOT_IN_TEAM", "执法人员 " + cmd.inspectorId() + " 不在对象 "
                    + cmd.targetId() + " 的检查组中", List.of());
        }
        Replacement r = cmd.replacementInspectorId() == null
                ? engineAction(() -> engine.replaceInspector(x.inputs(), x.result(), x.actions(), target, inspector,
                        cmd.reason(), cmd.approvedBy()))
                : approversChoice(x, target, inspector, new InspectorId(cmd.replacementInspectorId()), cmd);
        List<PostDrawAction> actions = new ArrayList<>(x.actions());
        actions.add(r);
        DrawOutcome outcome = new DrawOutcome(x.result(), actions);
        PlannedTask task = task(draw);
        Instant now = now();
        inTransaction(() -> {
            LogEntry entry = appendLog(cmd.drawId(), LogKind.REPLACE, cmd.actor().subject(), DrawLog.replace(cmd.drawId(), r));
            draws.update(draw);
            ledger.append(List.of(new Selection(cmd.drawId(), (int) entry.seq(), draw.header().year(),
                    draw.header().level(), cmd.targetId(), 0, List.of(), List.of(r.replacement().value()), now)));
            events.publish(new InspectorReplaced(UUID.randomUUID(), now, cmd.drawId(), cmd.targetId(),
                    cmd.inspectorId(), r.replacement().value(), cmd.reason(), cmd.approvedBy(), team(r.team()),
                    r.mode().name()));
            audit(cmd.actor(), "draw.replace", draw, Map.of("target", cmd.targetId(), "inspector", cmd.inspectorId()),
                    Map.of("inspector", r.replacement().value(), "mode", r.mode().name(), "reason", cmd.reason()));
            return null;
        });
        return view(draw, x.result(), outcome, task, x.inputs().inspectors());
    }

    /**
     * 审批指定 — the replacement the approver names, allowed only when the committed policy's rule is
     * APPROVAL_ONLY (S1 16; under SUBSTITUTION_DRAW only the next-ranked inspector may come in, S2 19, 21)
     * and only for an inspector eligible for the team (docs/draw-protocol.md §9).
     */
    private Replacement approversChoice(Executed x, TargetId target, InspectorId replaced, InspectorId chosen,
            DrawCommands.Replace cmd) {
        try {
            return engine.replaceInspectorByChoice(x.inputs(), x.result(), x.actions(), target, replaced, chosen,
                    cmd.reason(), cmd.approvedBy());
        } catch (DrawException e) {
            if ("CHOICE_NOT_ALLOWED".equals(e.code())) {
                throw new DomainProblem(ProblemKind.INVALID, "DRAW_REPLACEMENT_CHOICE_NOT_ALLOWED",
                        "政策不允许审批人指定更换人员", "本次抽取承诺的人员调整规则为抽取递补（SUBSTITUTION_DRAW）："
                                + "被更换人员只能由排名在后的下一位符合条件的执法人员递补，不能由审批人指定；"
                                + "请不带 replacementInspectorId 重新提交");
            }
            String why = ineligibility(e.code(), chosen.value(), target.value());
            if (why == null) {
                throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_" + e.code(), "无法递补或更换", e.getMessage());
            }
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REPLACEMENT_INELIGIBLE", "指定的更换人员不符合条件",
                    "执法人员 " + chosen.value() + " 不能更换进入对象 " + target.value() + " 的检查组：" + why);
        }
    }

    /** The Chinese reason for an ineligibility code of the verifier, or null for another code. */
    private static String ineligibility(String code, String inspector, String target) {
        return switch (code) {
            case "NOT_IN_POOL" -> "不在本次抽取承诺的执法人员名录中";
            case "INSPECTOR_INACTIVE" -> "在承诺的名录快照中不是在岗状态";
            case "OTHER_DEPARTMENT" -> "与被更换人员不属于同一部门（更换须保持各部门组成；更换组长须由发起部门人员担任）";
            case "SCOPE_NOT_COVERED" -> "执法范围未覆盖本部门的全部检查事项";
            case "CONFLICT" -> "与对象 " + target + " 存在须回避的关系";
            case "SAME_AREA" -> "所属区域与检查对象相同，政策要求回避";
            case "WORKLOAD_CAP" -> "本轮已达每名执法人员的检查任务上限";
            case "ALREADY_IN_TEAM" -> "已在该检查组中";
            case "REPLACED_BEFORE" -> "此前已从该检查组中被更换，不能再次加入";
            default -> null;
        };
    }

    /** The plan policy's replacement rule as committed: APPROVAL_ONLY (S1 16), otherwise SUBSTITUTION_DRAW. */
    private static ReplacementRule replacementRule(ApprovedPlan plan) {
        return "APPROVAL_ONLY".equals(plan.policy().replacementRule()) ? ReplacementRule.APPROVAL_ONLY
                : ReplacementRule.SUBSTITUTION_DRAW;
    }

    private static DomainProblem targetNotDrawn(String target) {
        return DomainProblem.invalid("DRAW_TARGET_NOT_DRAWN", "对象 " + target + " 不是本次抽取的当前抽中对象",
                List.of());
    }

    private static <T> T engineAction(Supplier<T> action) {
        try {
            return action.get();
        } catch (DrawException e) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_" + e.code(), "无法递补或更换", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ abandon, witnesses, confirmations

    @Override
    public Draw abandon(DrawCommands.Abandon cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = load(cmd.drawId());
        if (draw.state() == DrawState.COMMITTED) {
            DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR,
                    Role.DEPARTMENT_HEAD);
        } else {
            // 作废已执行的抽取须经负责人 (rules.md §4, S1 15): an operator alone cannot discard a result
            DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DEPARTMENT_HEAD);
        }
        Draw abandoned = draw.abandon(cmd.reason());
        Instant now = now();
        // an abandoned result stands for nothing: its targets no longer count for the year (S0 17; S2 18), so the
        // redraw of the round (TaskRounds) is not narrowed by the discarded list
        List<String> released = draw.state() != DrawState.EXECUTED ? List.of() : currentTargets(draw);
        return inTransaction(() -> {
            draws.update(abandoned);
            LogEntry entry = appendLog(cmd.drawId(), LogKind.ABANDON, cmd.actor().subject(),
                    DrawLog.abandon(cmd.drawId(), cmd.reason()));
            if (!released.isEmpty()) {
                PlannedTask task = task(draw);
                ledger.append(released.stream().map(t -> selection(draw, (int) entry.seq(), t, -1, task, null, now))
                        .toList());
            }
            events.publish(new DrawAbandoned(UUID.randomUUID(), now, cmd.drawId(), draw.header().planId(),
                    draw.header().taskId(), cmd.reason(), cmd.actor().subject()));
            audit(cmd.actor(), "draw.abandon", abandoned, Map.of("state", draw.state().name()),
                    Map.of("state", abandoned.state().name(), "reason", cmd.reason()));
            return abandoned;
        });
    }

    @Override
    public Draw addWitness(DrawCommands.AddWitness cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Draw draw = load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR);
        Draw next = draw.recordWitness(new Witness(cmd.name(), cmd.role(), cmd.organisation(), now(), true));
        return inTransaction(() -> {
            draws.update(next);
            appendLog(cmd.drawId(), LogKind.WITNESS_ADDED, cmd.actor().subject(),
                    DrawLog.witnessAdded(cmd.drawId(), cmd.name(), cmd.role()));
            audit(cmd.actor(), "draw.witness.add", next, null, Map.of("witness", cmd.name(), "role", cmd.role()));
            return next;
        });
    }

    @Override
    public Draw confirm(DrawCommands.Confirm cmd) {
        Confirmation.Role role = Confirmation.Role.of(cmd.role());
        Role needed = switch (role) {
            case WITNESS -> Role.WITNESS;
            case SUPERVISOR -> Role.DEPARTMENT_HEAD;
            case DRAWER -> Role.DRAW_OPERATOR;
        };
        DrawAccess.requireRole(cmd.by(), needed);
        Draw draw = load(cmd.drawId());
        if (needed != Role.WITNESS) {
            DrawAccess.requireInitiating(cmd.by(), draw.header().initiatingDepartmentId(), needed);
        }
        String by = cmd.by().subject();
        if (role == Confirmation.Role.WITNESS && draw.witnesses().stream().noneMatch(w -> w.name().equals(by))
                && !committedWitnesses(draw).contains(by)) {
            throw DomainProblem.invalid("DRAW_WITNESS_UNKNOWN", "见证人 " + by + " 未登记", List.of());
        }
        Draw confirmed = draw.confirm(role, by, now());
        return inTransaction(() -> {
            draws.update(confirmed);
            appendLog(cmd.drawId(), LogKind.CONFIRM, by, DrawLog.confirm(cmd.drawId(), cmd.role(), by));
            audit(cmd.by(), "draw.confirm", confirmed, null, Map.of("role", cmd.role()));
            return confirmed;
        });
    }

    private List<String> currentTargets(Draw draw) {
        Executed x = executed(draw);
        return new DrawOutcome(x.result(), x.actions()).targets().stream().map(t -> t.id().value()).toList();
    }

    /** The witnesses named in the draw's commitment (registered by it, S2 20). */
    List<String> committedWitnesses(Draw draw) {
        return inputs(draw).commitment().witnesses().stream().map(WitnessCommitment::witness).toList();
    }

    // ------------------------------------------------------------------ dispatch

    @Override
    public Draw dispatch(DrawCommands.DispatchTo cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR,
                Role.DEPARTMENT_HEAD);
        draw.requireExecuted();
        DispatchTargets.require(draw.header(), task(draw), cmd.departmentIds(), departments::department,
                DrawAccess.isSystem(cmd.actor()) || cmd.actor().roles().contains(Role.DEPARTMENT_HEAD));
        int days = plans.findPlan(draw.header().planId()).map(p -> p.policy().dispatchConfirmationWorkingDays())
                .filter(d -> d > 0).orElse(1);
        LocalDate today = today();
        LocalDate deadline = settings.calendar().addWorkingDays(today, days);
        Draw next = draw;
        for (String d : cmd.departmentIds()) {
            next = next.dispatch(d, today, deadline);
        }
        Draw dispatched = next;
        Executed x = executed(draw);
        List<String> targets = new DrawOutcome(x.result(), x.actions()).targets().stream()
                .map(t -> t.id().value()).toList();
        Instant now = now();
        return inTransaction(() -> {
            draws.update(dispatched);
            for (String d : cmd.departmentIds()) {
                appendLog(cmd.drawId(), LogKind.DISPATCH, cmd.actor().subject(), DrawLog.dispatch(cmd.drawId(), d,
                        cmd.note()));
                events.publish(new DrawDispatched(UUID.randomUUID(), now, cmd.drawId(), d, today, deadline, targets,
                        cmd.note()));
            }
            audit(cmd.actor(), "draw.dispatch", dispatched, null, Map.of("departments", cmd.departmentIds()));
            return dispatched;
        });
    }

    @Override
    public Draw confirmDispatch(DrawCommands.ConfirmDispatch cmd) {
        // 接收确认 — by the receiving department's operator or head, as themself
        DrawAccess.requireRole(cmd.by(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        DrawAccess.requireInitiating(cmd.by(), cmd.departmentId(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = load(cmd.drawId());
        Instant now = now();
        String by = cmd.by().subject();
        Draw next = draw.confirmDispatch(cmd.departmentId(), by, now);
        LocalDate deadline = next.dispatch(cmd.departmentId()).orElseThrow().deadline();
        boolean late = today().isAfter(deadline);
        return inTransaction(() -> {
            draws.update(next);
            appendLog(cmd.drawId(), LogKind.CONFIRM, by, DrawLog.confirm(cmd.drawId(),
                    "DISPATCH_RECEIVER", cmd.departmentId() + ":" + by));
            events.publish(new DispatchConfirmed(UUID.randomUUID(), now, cmd.drawId(), cmd.departmentId(), by,
                    deadline, late));
            audit(cmd.by(), "draw.dispatch.confirm", next, null, Map.of("department", cmd.departmentId(),
                    "late", late));
            return next;
        });
    }

    @Override
    public List<Draw> overdueDispatches(LocalDate asOf, String after, int limit, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        return draws.withOverdueDispatches(asOf == null ? today() : asOf, after, limit).stream().filter(d -> readable(caller, d)).toList();
    }

    private static boolean readable(Actor caller, Draw draw) {
        try {
            DrawAccess.requireReader(caller, draw);
            return true;
        } catch (DomainProblem refused) {
            return false;
        }
    }

    // ------------------------------------------------------------------ reads

    @Override
    public DrawView get(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        Draw draw = load(drawId);
        DrawAccess.requireReader(caller, draw);
        List<String> committed = committedWitnesses(draw);
        if (executions.find(drawId).isEmpty()) {
            return new DrawView(draw, null, null, null, List.of(), null, List.of(), committed);
        }
        Executed x = executed(draw);
        DrawView v = view(draw, x.result(), new DrawOutcome(x.result(), x.actions()), task(draw),
                x.inputs().inspectors());
        return new DrawView(v.draw(), v.status(), v.failure(), v.seed(), v.strata(), v.outcome(), v.forms(),
                committed);
    }

    private DrawView view(Draw draw, DrawResult result, DrawOutcome outcome, PlannedTask task, InspectorPool pool) {
        boolean ok = result.status() == DrawStatus.OK;
        return new DrawView(draw, result.status().name(), ok ? null : result.failure().code(), result.seed().hex(),
                result.strata(), outcome, ok ? outcome.forms(task.items(), pool) : List.of());
    }

    @Override
    public List<LogEntry> log(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        DrawAccess.requireReader(caller, load(drawId));
        return logs.entries(drawId);
    }

    @Override
    public Bundle bundle(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        Draw draw = load(drawId);
        DrawAccess.requireReader(caller, draw);
        Executed x = executed(draw);
        return transparency.attach(drawId, BundleMapper.toBundle(x.inputs(), x.seedInputs(), x.result(), x.actions(),
                DrawLog.of(logs.entries(drawId))));
    }

    @Override
    public String demoSignature(long round) {
        if (!settings.demoBeaconEnabled()) {
            throw DomainProblem.notFound("DRAW_DEMO_BEACON_DISABLED", "演示信标", String.valueOf(round));
        }
        return DemoBeacon.sign(round);
    }

    // ------------------------------------------------------------------ helpers

    /** The inputs, seed inputs, recomputed result and replayed actions of an executed draw. */
    record Executed(DrawInputs inputs, SeedInputs seedInputs, DrawResult result, List<PostDrawAction> actions) {
    }

    private Executed executed(Draw draw) {
        Execution e = executions.find(draw.id().value()).orElseThrow(() -> new DomainProblem(ProblemKind.CONFLICT,
                "DRAW_NOT_EXECUTED", "抽取尚未执行", "抽取 " + draw.id() + " 尚未执行"));
        DrawInputs inputs = inputs(draw);
        SeedInputs seedInputs = new SeedInputs(new BeaconReading(e.beaconRound(), e.signature()), e.sourceValues(),
                e.witnessReveals());
        DrawResult result = engine.draw(inputs, seedInputs);
        if (!result.hash().hex().equals(e.resultHash())) {
            throw new IllegalStateException("draw " + draw.id() + " no longer recomputes to its stored result");
        }
        List<PostDrawAction> actions = new ArrayList<>();
        for (LogEntry entry : logs.entries(draw.id().value())) {
            if (entry.kind() == LogKind.SUBSTITUTE) {
                actions.add(engine.substitute(inputs, result, actions, new TargetId(entry.field("replaced")),
                        entry.field("reason")));
            } else if (entry.kind() == LogKind.REPLACE
                    && ReplacementMode.APPROVER_CHOICE.name().equals(entry.field("mode"))) {
                actions.add(engine.replaceInspectorByChoice(inputs, result, actions,
                        new TargetId(entry.field("target")), new InspectorId(entry.field("replaced")),
                        new InspectorId(entry.field("replacement")), entry.field("reason"), entry.field("approvedBy")));
            } else if (entry.kind() == LogKind.REPLACE) {
                actions.add(engine.replaceInspector(inputs, result, actions, new TargetId(entry.field("target")),
                        new InspectorId(entry.field("replaced")), entry.field("reason"), entry.field("approvedBy")));
            }
        }
        return new Executed(inputs, seedInputs, result, actions);
    }

    private DrawInputs inputs(Draw draw) {
        return committedInputs.get(draw.id().value(), () -> FrozenInputs.read(frozen.load(draw.id().value())
                .orElseThrow(() -> new IllegalStateException("frozen inputs of " + draw.id() + " are missing"))));
    }

    private PlannedTask task(Draw draw) {
        return plans.findPlan(draw.header().planId()).flatMap(p -> p.task(draw.header().taskId()))
                .orElseThrow(() -> taskUnknown(draw.header().planId(), draw.header().taskId()));
    }

    private Draw load(String drawId) {
        return draws.find(new DrawId(drawId)).orElseThrow(() -> DomainProblem.notFound("DRAW_NOT_FOUND", "抽取",
                drawId));
    }

    private LogEntry appendLog(String drawId, LogKind kind, String actor, Map<String, String> fields) {
        List<LogEntry> entries = logs.entries(drawId);
        String at = now().toString();
        if (!entries.isEmpty() && entries.get(entries.size() - 1).at().compareTo(at) > 0) {
            at = entries.get(entries.size() - 1).at();
        }
        DrawLog log = DrawLog.of(entries).append(kind, at, actor, fields);
        LogEntry entry = log.entries().get(log.entries().size() - 1);
        logs.append(drawId, entry);
        anchor.anchor(drawId, entry); // the platform transparency log, same transaction (§16)
        return entry;
    }

    /** 留痕 — inside the change's transaction; the draw log keeps the same subject in its hash chain. */
    private void audit(Actor actor, String action, Draw draw, Object before, Object after) {
        audit.record(actor, action, "Draw", draw.id().value(), draw.header().initiatingDepartmentId(), before, after);
    }

    /**
     * Runs {@code work} in one transaction; a transient MongoDB failure (a write conflict on the transparency log's
     * head with another instance's append) aborts it and it runs again, up to three times. A stale draw version is
     * not retried.
     */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (TransientDataAccessException conflict) {
                if (attempt == 3 || conflict instanceof ConcurrencyFailureException) {
                    throw conflict;
                }
            }
        }
    }

    private static <T> T invalidAsProblem(String code, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | DrawException e) {
            String title = switch (code) {
                case "DRAW_BEACON_INVALID" -> "信标签名无效";
                case "DRAW_SOURCE_MISMATCH" -> "公开随机源数值无效";
                default -> "抽取承诺无效";
            };
            throw new DomainProblem(ProblemKind.INVALID, code, title, e.getMessage());
        }
    }

    private static DomainProblem taskUnknown(String planId, String taskId) {
        return new DomainProblem(ProblemKind.NOT_FOUND, "DRAW_TASK_UNKNOWN", "抽查任务不存在",
                "没有已批准计划 " + planId + " 的任务 " + taskId + "（尚未收到计划批准事件或任务编号有误）");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

}
