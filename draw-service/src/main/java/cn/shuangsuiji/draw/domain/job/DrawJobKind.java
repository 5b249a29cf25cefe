package cn.shuangsuiji.draw.domain.job;

/** What a draw job does: commit a draw (抽取承诺) or execute a committed one (执行抽取). */
public enum DrawJobKind {
    COMMIT, EXECUTE
}
