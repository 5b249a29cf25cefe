package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 签字确认 — a witness, the supervisor or the drawer confirms a draw as themself (S2 20). */
public interface ConfirmDrawUseCase {

    Draw confirm(DrawCommands.Confirm command);
}
