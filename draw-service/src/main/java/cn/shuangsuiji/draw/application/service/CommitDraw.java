package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.draw.application.port.in.CommitDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.application.port.out.RepeatCheckMarksStore;
import cn.shuangsuiji.draw.domain.check.RepeatCheckMarks;
import cn.shuangsuiji.draw.domain.draw.BeaconTiming;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.FrozenInputs;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 抽取承诺 — the initiating department's draw operator commits a draw (docs/draw-protocol.md §4): the frozen inputs
 * are stored, the draw, its COMMIT log entry, its repeat-check marks (避免重复检查), {@link DrawCommitted} and the
 * audit record in one transaction.
 */
@Service
class CommitDraw implements CommitDrawUseCase {

    private final PrepareCommitment preparation;
    private final DrawRepository draws;
    private final FrozenInputsStore frozen;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawRecords records;
    private final RepeatCheckMarksStore repeatChecks;

    CommitDraw(PrepareCommitment preparation, DrawRepository draws, FrozenInputsStore frozen, EventPublisher events,
               DrawChanges changes, DrawRecords records, RepeatCheckMarksStore repeatChecks) {
        this.repeatChecks = repeatChecks;
        this.records = records;
        this.preparation = preparation;
        this.draws = draws;
        this.frozen = frozen;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public Draw commit(DrawCommands.Commit cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Instant now = changes.now();
        PrepareCommitment.Prepared p = preparation.prepare(cmd, now);
        ApprovedPlan plan = p.plan();
        PlannedTask task = p.task();
        BeaconSpec beacon = p.beacon();
        DrawId id = DrawId.next(plan.year());
        DrawInputs inputs = DrawRefusals.invalidAsProblem("DRAW_COMMITMENT_INVALID", () -> p.draw().commit(id.value(),
                plan.planId() + "/" + task.taskId(), plan.policy().policyId(),
                String.valueOf(plan.policy().policyVersion()), now.toString(), beacon,
                cmd.sources().stream().map(s -> new PublicSource(s.name(), s.description(), s.format())).toList(),
                cmd.witnessCommitments().stream()
                        .map(w -> new WitnessCommitment(w.witness(), Hash32.fromHex(w.commitment()))).toList()));
        // preparing a large registry takes a while: the round must still be in the future when the commitment is
        // stored and logged, else the verifier rejects the draw (COMMIT logged after the round) — checked here, to
        // store nothing, and again against the COMMIT entry's own time in the transaction
        BeaconTiming.requireFuture(beacon, changes.now());
        frozen.store(id.value(), FrozenInputs.write(inputs));
        String hash = inputs.commitment().hash().hex();
        DrawHeader header = new DrawHeader(plan.planId(), plan.planVersion(), task.taskId(), plan.year(),
                task.level(), plan.initiatingDepartmentId(),
                p.draw().participating().stream().map(d -> d.value()).toList(), cmd.targetSnapshotIds(),
                cmd.inspectorSnapshotIds(), beacon.network(), beacon.round(), hash, inputs.targets().size(),
                inputs.targets().exclusionCount(), now, cmd.actor().subject(), p.round().round(),
                p.round().redrawOf());
        Draw draw = Draw.commit(id, header);
        RepeatCheckMarks marks = RepeatCheckMarks.of(p.repeatChecks(), inputs.targets());
        Draw committed = changes.inTransaction(() -> {
            draws.insert(draw);
            repeatChecks.save(id.value(), marks);
            LogEntry logged = changes.appendLog(id.value(), LogKind.COMMIT, cmd.actor().subject(),
                    DrawLog.commit(id.value(), Hash32.fromHex(hash)));
            BeaconTiming.requireFuture(beacon, Instant.parse(logged.at()));
            events.publish(new DrawCommitted(UUID.randomUUID(), now, id.value(), plan.planId(), plan.planVersion(),
                    task.taskId(), plan.year(), task.level(), plan.initiatingDepartmentId(),
                    header.participatingDepartmentIds(), header.targetSnapshotIds(), header.inspectorSnapshotIds(),
                    hash, beacon.network(), beacon.round(), header.candidateCount(), header.exclusionCount(), now,
                    DrawEventFields.sources(inputs), DrawEventFields.witnesses(inputs),
                    DrawEventFields.repeatPairingsAvoided(inputs), marks.excluded(), marks.flagged().size()));
            changes.audit(cmd.actor(), "draw.commit", draw, null,
                    Map.of("state", draw.state().name(), "commitmentHash", hash));
            return draw;
        });
        records.remember(id.value(), inputs);
        return committed;
    }
}
