package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 登记见证人 — registers an on-site witness of a draw (S2 20). */
public interface AddWitnessUseCase {

    Draw addWitness(DrawCommands.AddWitness command);
}
