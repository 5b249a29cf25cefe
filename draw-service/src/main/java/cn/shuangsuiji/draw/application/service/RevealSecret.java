package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.RevealSecretUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.WitnessReveals;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.util.Map;
import org.springframework.stereotype.Service;

/** 见证人公开秘密 — a witness reveals their secret before the round (S2 20; the beacon must be the last input known). */
@Service
class RevealSecret implements RevealSecretUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final DrawChanges changes;

    RevealSecret(DrawRecords records, DrawRepository draws, DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.changes = changes;
    }

    @Override
    public Draw reveal(DrawCommands.Reveal cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.WITNESS);
        Draw draw = records.load(cmd.drawId());
        draw.requireCommitted("见证人秘密须在执行前公开，现已不能再公开");
        WitnessReveals.requireRevealable(records.inputs(draw).commitment().witnesses(),
                records.revealed(cmd.drawId()), cmd.witness(), cmd.reveal());
        return changes.inTransaction(() -> {
            draws.update(draw);
            changes.appendLog(cmd.drawId(), LogKind.WITNESS, cmd.actor().subject(),
                    DrawLog.witness(cmd.drawId(), cmd.witness(), cmd.reveal()));
            changes.audit(cmd.actor(), "draw.reveal", draw, null, Map.of("witness", cmd.witness()));
            return draw;
        });
    }
}
