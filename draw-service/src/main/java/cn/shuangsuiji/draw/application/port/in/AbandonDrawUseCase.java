package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 作废抽取 — abandons a draw (an executed one only with a department head's approval, rules.md §4). */
public interface AbandonDrawUseCase {

    Draw abandon(DrawCommands.Abandon command);
}
