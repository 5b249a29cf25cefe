package cn.shuangsuiji.disclosure.application.port.in;

/** 延后公示 — announces the targets of draws whose withholding ended (S1 20(二)). */
public interface ReleaseWithheldTargetsUseCase {

    /** Announces every due draw's targets; returns how many draws were announced. */
    int releaseDue();
}
