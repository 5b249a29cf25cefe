package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.AddWitnessUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.Witness;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.util.Map;
import org.springframework.stereotype.Service;

/** 登记见证人 — the initiating department's draw operator registers an on-site witness (S2 20). */
@Service
class AddWitness implements AddWitnessUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final DrawChanges changes;

    AddWitness(DrawRecords records, DrawRepository draws, DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.changes = changes;
    }

    @Override
    public Draw addWitness(DrawCommands.AddWitness cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Draw draw = records.load(cmd.drawId());
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR);
        Draw next = draw.recordWitness(new Witness(cmd.name(), cmd.role(), cmd.organisation(), changes.now(), true));
        return changes.inTransaction(() -> {
            draws.update(next);
            changes.appendLog(cmd.drawId(), LogKind.WITNESS_ADDED, cmd.actor().subject(),
                    DrawLog.witnessAdded(cmd.drawId(), cmd.name(), cmd.role()));
            changes.audit(cmd.actor(), "draw.witness.add", next, null,
                    Map.of("witness", cmd.name(), "role", cmd.role()));
            return next;
        });
    }
}
