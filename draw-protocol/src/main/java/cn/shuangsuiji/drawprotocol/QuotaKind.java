package cn.shuangsuiji.drawprotocol;

/** 抽取方式 — a stratum's quota is a ratio of its eligible targets or a fixed count. */
public enum QuotaKind {
    /** ceil(ratio × eligible count), exact decimal arithmetic; 0 &lt; ratio ≤ 1. */
    RATIO,
    /** a fixed number of targets. */
    COUNT
}
