package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.in.SubstituteTargetUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.EntityStatusBook;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.SubstitutionReason;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.Substitution;
import cn.shuangsuiji.drawprotocol.TargetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 抽取递补 (S2 19, 21; S1 15): the department head of the initiating department approves and performs it — the
 * approver is the caller, never a body field — for a reason of {@link SubstitutionReason} with evidence, and
 * only when the entity's registry status supports the reason.
 */
@Service
class SubstituteTarget implements SubstituteTargetUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final EntityStatusBook statuses;
    private final SelectionLedger ledger;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawEngine engine = new DrawEngine();

    SubstituteTarget(DrawRecords records, DrawRepository draws, EntityStatusBook statuses, SelectionLedger ledger,
                     EventPublisher events, DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.statuses = statuses;
        this.ledger = ledger;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public DrawView substitute(DrawCommands.Substitute cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DEPARTMENT_HEAD);
        SubstitutionReason reason = SubstitutionReason.of(cmd.reason());
        Draw draw = records.load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DEPARTMENT_HEAD);
        draw.requireExecuted();
        DrawRecords.Executed x = records.executed(draw);
        TargetId target = new TargetId(cmd.targetId());
        if (!x.outcome().contains(target)) {
            throw DrawRefusals.targetNotDrawn(cmd.targetId());
        }
        reason.requireSupportedBy(cmd.targetId(), statuses.statusOf(cmd.targetId()).orElse(null));
        Substitution s = DrawRefusals.engineAction(() -> engine.substitute(x.inputs(), x.result(), x.actions(),
                target, cmd.reason()));
        List<PostDrawAction> actions = new ArrayList<>(x.actions());
        actions.add(s);
        DrawOutcome outcome = new DrawOutcome(x.result(), actions);
        PlannedTask task = records.task(draw);
        DrawOutcome.Form form = outcome.form(s.substitute(), task.items(), x.inputs().inspectors());
        Instant now = changes.now();
        changes.inTransaction(() -> {
            LogEntry entry = changes.appendLog(cmd.drawId(), LogKind.SUBSTITUTE, cmd.actor().subject(),
                    DrawLog.substitute(cmd.drawId(), s));
            draws.update(draw);
            ledger.append(List.of(
                    DrawEvents.selection(draw, (int) entry.seq(), cmd.targetId(), -1, task, null, now),
                    DrawEvents.selection(draw, (int) entry.seq(), s.substitute().id().value(), 1, task, s.team(),
                            now)));
            events.publish(new TargetSubstituted(UUID.randomUUID(), now, cmd.drawId(), cmd.targetId(),
                    s.substitute().id().value(), s.substitute().stratum(), s.substitute().keyHex(), cmd.reason(),
                    DrawEvents.team(s.team()), DrawEvents.form(form), cmd.actor().subject()));
            changes.audit(cmd.actor(), "draw.substitute", draw, Map.of("target", cmd.targetId()),
                    Map.of("target", s.substitute().id().value(), "reason", cmd.reason(), "evidence", cmd.evidence(),
                            "approvedBy", cmd.actor().subject()));
            return null;
        });
        return DrawViews.of(draw, x.result(), outcome, task, x.inputs().inspectors());
    }
}
