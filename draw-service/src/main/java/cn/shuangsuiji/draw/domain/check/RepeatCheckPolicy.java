package cn.shuangsuiji.draw.domain.check;

/**
 * 避免重复检查政策 — what a draw does with a candidate that another department of the same jurisdiction already
 * checked this year for an item of the task (S0 14 防止过度检查; S1 24 and S0 23 抽查结果互认; rules.md §2, §6).
 */
public enum RepeatCheckPolicy {

    /**
     * Every item of the task was already checked by another department: the candidate is excluded (reason
     * {@code REPEAT_CHECK}) before the seed is known, as the other department's result is recognised (互认).
     * A candidate with only some items already checked is kept and flagged. The default.
     */
    EXCLUDE,

    /** The selection is unchanged: every affected candidate is kept and, when drawn, flagged for the team. */
    FLAG;

    /** The policy a parameter names, EXCLUDE when it names none (rules.md §2 "avoid over-inspection"). */
    public static RepeatCheckPolicy of(String parameter) {
        return parameter == null || parameter.isBlank() ? EXCLUDE : valueOf(parameter);
    }
}
