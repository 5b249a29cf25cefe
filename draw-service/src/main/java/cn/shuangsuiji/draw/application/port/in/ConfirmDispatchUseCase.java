package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;

/** 接收确认 — the receiving department's operator or head confirms a dispatch as themself. */
public interface ConfirmDispatchUseCase {

    Draw confirmDispatch(DrawCommands.ConfirmDispatch command);
}
