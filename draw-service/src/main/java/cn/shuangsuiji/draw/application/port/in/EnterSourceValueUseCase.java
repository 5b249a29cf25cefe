package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.drawprotocol.LogEntry;

/** 录入随机源数值 — fixes a committed source's value in the draw log before the beacon round (revision 1.3). */
public interface EnterSourceValueUseCase {

    /** Logs the value (a SOURCE entry, anchored in the transparency log); returns the entry. */
    LogEntry enter(DrawCommands.EnterSource cmd);
}
