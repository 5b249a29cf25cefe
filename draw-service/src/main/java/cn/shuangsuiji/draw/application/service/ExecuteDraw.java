package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.in.ExecuteDrawUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.RepeatCheckMarksStore;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository.Execution;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger.Selection;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.WitnessReveals;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawStatus;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 执行抽取 — the initiating department's draw operator executes a committed draw with the committed beacon round's
 * signature, once every witness has revealed and every source is pinned (docs/draw-protocol.md §4–§6): the
 * execution, its SOURCE/WITNESS/EXECUTE log entries, the selections and {@code DrawCompleted} in one transaction.
 */
@Service
class ExecuteDraw implements ExecuteDrawUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final ExecutionRepository executions;
    private final SelectionLedger ledger;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawEngine engine = new DrawEngine();

    private final RepeatCheckMarksStore repeatChecks;

    ExecuteDraw(DrawRecords records, DrawRepository draws, ExecutionRepository executions, SelectionLedger ledger,
                EventPublisher events, DrawChanges changes, RepeatCheckMarksStore repeatChecks) {
        this.repeatChecks = repeatChecks;
        this.records = records;
        this.draws = draws;
        this.executions = executions;
        this.ledger = ledger;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public DrawView execute(DrawCommands.Execute cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Draw draw = records.load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR);
        draw.requireCommitted();
        DrawInputs inputs = records.inputs(draw);
        long round = inputs.commitment().beacon().round();
        Map<String, String> earlier = records.revealed(cmd.drawId());
        List<WitnessCommitment> witnesses = inputs.commitment().witnesses();
        List<String> reveals = WitnessReveals.complete(witnesses, earlier, cmd.witnessReveals());
        BeaconReading beacon = DrawRefusals.invalidAsProblem("DRAW_BEACON_INVALID",
                () -> new BeaconReading(round, cmd.signature().trim().toLowerCase()));
        PinnedSources pinned = PinnedSources.forExecution(inputs.commitment(), records.entries(cmd.drawId()),
                cmd.sourceValues(), changes.now());
        SeedInputs seedInputs = DrawRefusals.invalidAsProblem("DRAW_SOURCE_MISMATCH",
                () -> new SeedInputs(beacon, pinned.values(), reveals));
        String problem = DrawEngine.checkSeedInputs(inputs.commitment(), seedInputs);
        if (problem != null) {
            throw DrawRefusals.seedProblem(problem);
        }
        DrawResult result = engine.draw(inputs, seedInputs);
        boolean ok = result.status() == DrawStatus.OK;
        Instant now = changes.now();
        Execution execution = new Execution(draw.id().value(), round, seedInputs.beacon().signature(),
                pinned.values(), reveals, result.seed().hex(), result.hash().hex(),
                result.status().name(), ok ? null : result.failure().code(), now, cmd.actor().subject());
        Draw executed = draw.execute(result.hash().hex(), ok);
        DrawOutcome outcome = new DrawOutcome(result, List.of());
        PlannedTask task = records.task(draw);
        List<DrawOutcome.Form> forms = ok ? outcome.forms(task.items(), inputs.inspectors()) : List.of();
        changes.inTransaction(() -> {
            executions.insert(execution);
            pinned.toLog().forEach((name, value) -> changes.appendLog(cmd.drawId(), LogKind.SOURCE,
                    cmd.actor().subject(), DrawLog.source(cmd.drawId(), name, value)));
            for (int i = 0; i < witnesses.size(); i++) {
                if (!earlier.containsKey(witnesses.get(i).witness())) {
                    changes.appendLog(cmd.drawId(), LogKind.WITNESS, cmd.actor().subject(),
                            DrawLog.witness(cmd.drawId(), witnesses.get(i).witness(), reveals.get(i)));
                }
            }
            LogEntry entry = changes.appendLog(cmd.drawId(), LogKind.EXECUTE, cmd.actor().subject(),
                    DrawLog.execute(cmd.drawId(), round, result));
            draws.update(executed);
            if (ok) {
                List<Selection> taken = new ArrayList<>();
                for (RankedTarget t : result.selected()) {
                    taken.add(DrawEvents.selection(draw, (int) entry.seq(), t.id().value(), 1, task,
                            outcome.team(t.id()), now));
                }
                ledger.append(taken);
            }
            events.publish(DrawEvents.withRepeatChecks(DrawEventFields.withLog(
                    DrawEvents.completed(executed, result, forms, now), entry, changes.pendingTreeSize()),
                    repeatChecks.marksOf(cmd.drawId()).orElse(null)));
            changes.audit(cmd.actor(), "draw.execute", executed, Map.of("state", draw.state().name()),
                    Map.of("state", executed.state().name(), "resultHash", result.hash().hex()));
            return null;
        });
        return new DrawView(executed, result.status().name(), ok ? null : result.failure().code(),
                result.seed().hex(), result.strata(), outcome, forms);
    }
}
