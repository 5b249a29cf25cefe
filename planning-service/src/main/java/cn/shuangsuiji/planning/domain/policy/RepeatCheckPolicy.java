package cn.shuangsuiji.planning.domain.policy;

/**
 * 避免重复检查 — what a draw does with a candidate whose task items another department of the same jurisdiction
 * already checked this year (S0 14 防止过度检查; S1 24 抽查结果互认; rules.md §2, §6).
 */
public enum RepeatCheckPolicy {

    /** Kept and flagged for the team; the selection is unchanged. */
    FLAG,

    /** Excluded before the seed is known (every item already checked); the default. A department may not turn a
     * jurisdiction's EXCLUDE into FLAG (it would re-inspect what another department's result already covers). */
    EXCLUDE
}
