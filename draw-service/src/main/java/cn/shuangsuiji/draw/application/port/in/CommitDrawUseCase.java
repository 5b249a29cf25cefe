package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 抽取承诺 — the initiating department's draw operator commits a draw of a task (docs/draw-protocol.md §4). */
public interface CommitDrawUseCase {

    Draw commit(DrawCommands.Commit command);
}
