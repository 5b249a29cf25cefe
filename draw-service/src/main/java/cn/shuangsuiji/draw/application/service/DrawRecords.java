package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository.Execution;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.FrozenInputs;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.ReplacementMode;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 抽取记录 — loads what the use cases share: a draw, its frozen inputs, its task, its logged reveals, and an executed
 * draw's result recomputed from its stored inputs with the logged post-draw actions replayed.
 */
@Component
class DrawRecords {

    private final DrawRepository draws;
    private final DrawLogRepository logs;
    private final ExecutionRepository executions;
    private final FrozenInputsStore frozen;
    private final PlanRepository plans;
    private final DrawEngine engine = new DrawEngine();
    /** Issue 12: the inputs built at commit stay in memory for the execution, no reload of the frozen copy. */
    private final CommittedInputs committedInputs = new CommittedInputs();

    DrawRecords(DrawRepository draws, DrawLogRepository logs, ExecutionRepository executions,
                FrozenInputsStore frozen, PlanRepository plans) {
        this.draws = draws;
        this.logs = logs;
        this.executions = executions;
        this.frozen = frozen;
        this.plans = plans;
    }

    /** The inputs, seed inputs, recomputed result and replayed actions of an executed draw. */
    record Executed(DrawInputs inputs, SeedInputs seedInputs, DrawResult result, List<PostDrawAction> actions) {

        /** The current outcome (targets and teams after every action). */
        DrawOutcome outcome() {
            return new DrawOutcome(result, actions);
        }
    }

    Draw load(String drawId) {
        return draws.find(new DrawId(drawId)).orElseThrow(() -> DomainProblem.notFound("DRAW_NOT_FOUND", "抽取",
                drawId));
    }

    DrawInputs inputs(Draw draw) {
        return committedInputs.get(draw.id().value(), () -> FrozenInputs.read(frozen.load(draw.id().value())
                .orElseThrow(() -> new IllegalStateException("frozen inputs of " + draw.id() + " are missing"))));
    }

    /** Keeps a just-committed draw's inputs for its execution (bounded; the frozen copy stays the reference). */
    void remember(String drawId, DrawInputs inputs) {
        committedInputs.put(drawId, inputs);
    }

    /** The approved plan of a draw, if the read model has it. */
    Optional<ApprovedPlan> plan(Draw draw) {
        return plans.findPlan(draw.header().planId());
    }

    PlannedTask task(Draw draw) {
        return plans.findPlan(draw.header().planId()).flatMap(p -> p.task(draw.header().taskId()))
                .orElseThrow(() -> DrawRefusals.taskUnknown(draw.header().planId(), draw.header().taskId()));
    }

    List<LogEntry> entries(String drawId) {
        return logs.entries(drawId);
    }

    boolean isExecuted(String drawId) {
        return executions.find(drawId).isPresent();
    }

    /** Reveals logged so far, by witness name. */
    Map<String, String> revealed(String drawId) {
        Map<String, String> reveals = new LinkedHashMap<>();
        logs.entries(drawId).stream().filter(e -> e.kind() == LogKind.WITNESS)
                .forEach(e -> reveals.put(e.field("witness"), e.field("reveal")));
        return reveals;
    }

    /** The witnesses named in the draw's commitment (registered by it, S2 20). */
    List<String> committedWitnesses(Draw draw) {
        return inputs(draw).commitment().witnesses().stream().map(WitnessCommitment::witness).toList();
    }

    /** The current targets of an executed draw. */
    List<String> currentTargets(Draw draw) {
        return executed(draw).outcome().targets().stream().map(t -> t.id().value()).toList();
    }

    Executed executed(Draw draw) {
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
}
