package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DispatchConfirmed;
import cn.shuangsuiji.draw.application.port.in.ConfirmDispatchUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** 接收确认 — the receiving department's operator or head confirms a dispatch as themself; late if after the deadline. */
@Service
class ConfirmDispatch implements ConfirmDispatchUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawSettings settings;

    ConfirmDispatch(DrawRecords records, DrawRepository draws, EventPublisher events, DrawChanges changes,
                    DrawSettings settings) {
        this.records = records;
        this.draws = draws;
        this.events = events;
        this.changes = changes;
        this.settings = settings;
    }

    @Override
    public Draw confirmDispatch(DrawCommands.ConfirmDispatch cmd) {
        DrawAccess.requireRole(cmd.by(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        DrawAccess.requireInitiating(cmd.by(), cmd.departmentId(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = records.load(cmd.drawId());
        Instant now = changes.now();
        String by = cmd.by().subject();
        Draw next = draw.confirmDispatch(cmd.departmentId(), by, now);
        LocalDate deadline = next.dispatch(cmd.departmentId()).orElseThrow().deadline();
        boolean late = changes.today(settings.zone()).isAfter(deadline);
        return changes.inTransaction(() -> {
            draws.update(next);
            changes.appendLog(cmd.drawId(), LogKind.CONFIRM, by, DrawLog.confirm(cmd.drawId(),
                    "DISPATCH_RECEIVER", cmd.departmentId() + ":" + by));
            events.publish(new DispatchConfirmed(UUID.randomUUID(), now, cmd.drawId(), cmd.departmentId(), by,
                    deadline, late));
            changes.audit(cmd.by(), "draw.dispatch.confirm", next, null, Map.of("department", cmd.departmentId(),
                    "late", late));
            return next;
        });
    }
}
