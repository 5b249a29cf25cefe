package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 分派 — dispatches an executed draw's list to departments, with a deadline in working days. */
public interface DispatchDrawUseCase {

    Draw dispatch(DrawCommands.DispatchTo command);
}
