package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawDispatched;
import cn.shuangsuiji.draw.application.port.in.DispatchDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 分派 — the initiating department's operator or head dispatches an executed draw's list to departments (allowed
 * targets: {@link DispatchTargets}), each with a confirmation deadline in working days of the plan's policy.
 */
@Service
class DispatchDraw implements DispatchDrawUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final DepartmentDirectory departments;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawSettings settings;

    DispatchDraw(DrawRecords records, DrawRepository draws, DepartmentDirectory departments, EventPublisher events,
                 DrawChanges changes, DrawSettings settings) {
        this.records = records;
        this.draws = draws;
        this.departments = departments;
        this.events = events;
        this.changes = changes;
        this.settings = settings;
    }

    @Override
    public Draw dispatch(DrawCommands.DispatchTo cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR, Role.DEPARTMENT_HEAD);
        Draw draw = records.load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR,
                Role.DEPARTMENT_HEAD);
        draw.requireExecuted();
        DispatchTargets.require(draw.header(), records.task(draw), cmd.departmentIds(), departments::department,
                DrawAccess.isSystem(cmd.actor()) || cmd.actor().roles().contains(Role.DEPARTMENT_HEAD));
        int days = records.plan(draw).map(p -> p.policy().dispatchConfirmationWorkingDays())
                .filter(d -> d > 0).orElse(1);
        LocalDate today = changes.today(settings.zone());
        LocalDate deadline = settings.calendar().addWorkingDays(today, days);
        Draw next = draw;
        for (String d : cmd.departmentIds()) {
            next = next.dispatch(d, today, deadline);
        }
        Draw dispatched = next;
        List<String> targets = records.currentTargets(draw);
        Instant now = changes.now();
        return changes.inTransaction(() -> {
            draws.update(dispatched);
            for (String d : cmd.departmentIds()) {
                changes.appendLog(cmd.drawId(), LogKind.DISPATCH, cmd.actor().subject(),
                        DrawLog.dispatch(cmd.drawId(), d, cmd.note()));
                events.publish(new DrawDispatched(UUID.randomUUID(), now, cmd.drawId(), d, today, deadline, targets,
                        cmd.note()));
            }
            changes.audit(cmd.actor(), "draw.dispatch", dispatched, null, Map.of("departments", cmd.departmentIds()));
            return dispatched;
        });
    }
}
