package cn.shuangsuiji.planning.domain.policy;

/** 人员更换规则 — how a drawn inspector who must be replaced is replaced (rules.md §4). */
public enum ReplacementRule {
    /** 审批更换: the department head approves and names the replacement (S1 16). */
    APPROVAL_ONLY,
    /** 抽取递补: the replacement is drawn by lottery, after approval (S2 19, 21); the stricter rule. */
    SUBSTITUTION_DRAW
}
