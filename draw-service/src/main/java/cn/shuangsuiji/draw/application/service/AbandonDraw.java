package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.draw.application.port.in.AbandonDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 作废抽取 — a committed draw is abandoned by the initiating department's operator or head, an executed one only by
 * its head (rules.md §4, S1 15), with a reason logged; an abandoned result's selections are released.
 */
@Service
class AbandonDraw implements AbandonDrawUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final SelectionLedger ledger;
    private final EventPublisher events;
    private final DrawChanges changes;

    AbandonDraw(DrawRecords records, DrawRepository draws, SelectionLedger ledger, EventPublisher events,
                DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.ledger = ledger;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public Draw abandon(DrawCommands.Abandon cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = records.load(cmd.drawId());
        if (draw.state() == DrawState.COMMITTED) {
            DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR,
                    Role.DEPARTMENT_HEAD);
        } else {
            // 作废已执行的抽取须经负责人 (rules.md §4, S1 15): an operator alone cannot discard a result
            DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DEPARTMENT_HEAD);
        }
        Draw abandoned = draw.abandon(cmd.reason());
        Instant now = changes.now();
        // an abandoned result stands for nothing: its targets no longer count for the year (S0 17; S2 18), so the
        // redraw of the round (TaskRounds) is not narrowed by the discarded list
        List<String> released = draw.state() != DrawState.EXECUTED ? List.of() : records.currentTargets(draw);
        return changes.inTransaction(() -> {
            draws.update(abandoned);
            LogEntry entry = changes.appendLog(cmd.drawId(), LogKind.ABANDON, cmd.actor().subject(),
                    DrawLog.abandon(cmd.drawId(), cmd.reason()));
            if (!released.isEmpty()) {
                PlannedTask task = records.task(draw);
                ledger.append(released.stream()
                        .map(t -> DrawEvents.selection(draw, (int) entry.seq(), t, -1, task, null, now)).toList());
            }
            events.publish(new DrawAbandoned(UUID.randomUUID(), now, cmd.drawId(), draw.header().planId(),
                    draw.header().taskId(), cmd.reason(), cmd.actor().subject()));
            changes.audit(cmd.actor(), "draw.abandon", abandoned, Map.of("state", draw.state().name()),
                    Map.of("state", abandoned.state().name(), "reason", cmd.reason()));
            return abandoned;
        });
    }
}
