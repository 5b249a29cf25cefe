package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.ConfirmDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Confirmation;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 签字确认 — a witness (registered or named in the commitment), the initiating department's head (supervisor) or
 * operator (drawer) confirms the draw as themself (S2 20).
 */
@Service
class ConfirmDraw implements ConfirmDrawUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final DrawChanges changes;

    ConfirmDraw(DrawRecords records, DrawRepository draws, DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.changes = changes;
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
        Draw draw = records.load(cmd.drawId());
        if (needed != Role.WITNESS) {
            DrawAccess.requireInitiating(cmd.by(), draw.header().initiatingDepartmentId(), needed);
        }
        String by = cmd.by().subject();
        if (role == Confirmation.Role.WITNESS && draw.witnesses().stream().noneMatch(w -> w.name().equals(by))
                && !records.committedWitnesses(draw).contains(by)) {
            throw DomainProblem.invalid("DRAW_WITNESS_UNKNOWN", "见证人 " + by + " 未登记", List.of());
        }
        Draw confirmed = draw.confirm(role, by, changes.now());
        return changes.inTransaction(() -> {
            draws.update(confirmed);
            changes.appendLog(cmd.drawId(), LogKind.CONFIRM, by, DrawLog.confirm(cmd.drawId(), cmd.role(), by));
            changes.audit(cmd.by(), "draw.confirm", confirmed, null, Map.of("role", cmd.role()));
            return confirmed;
        });
    }
}
