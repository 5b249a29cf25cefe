package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 见证人公开秘密 — a witness reveals their committed secret before the beacon round (S2 20). */
public interface RevealSecretUseCase {

    Draw reveal(DrawCommands.Reveal command);
}
