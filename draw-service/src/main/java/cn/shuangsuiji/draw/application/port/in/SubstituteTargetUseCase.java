package cn.shuangsuiji.draw.application.port.in;

/** 抽取递补 — replaces a drawn target by the next-ranked one for a supported reason (S2 19, 21; S1 15). */
public interface SubstituteTargetUseCase {

    DrawView substitute(DrawCommands.Substitute command);
}
