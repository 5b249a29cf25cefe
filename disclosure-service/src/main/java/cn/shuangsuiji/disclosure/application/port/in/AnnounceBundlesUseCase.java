package cn.shuangsuiji.disclosure.application.port.in;

/**
 * 证据包公示 — announces on the public feed the day a draw's bundle (抽取证据包) becomes public: the day after its
 * task's inspection window, later than the draw's own announcements.
 */
public interface AnnounceBundlesUseCase {

    /** Announces every draw whose bundle became public and was not announced; returns how many were announced. */
    int announceDue();
}
