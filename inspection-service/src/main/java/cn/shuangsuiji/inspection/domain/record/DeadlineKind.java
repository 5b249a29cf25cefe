package cn.shuangsuiji.inspection.domain.record;

/** 期限类别 — the working-day deadlines of a department's part (rules.md §5). */
public enum DeadlineKind {
    /** 结果录入 — within 5 working days after the check (S0 20). */
    RESULT_ENTRY,
    /** 违法线索移送 — within 7 working days after the check (S1 20(三)). */
    VIOLATION_REFERRAL,
    /** 结果公示 — within 20 working days after the check (S1 20(四)). */
    RESULT_PUBLICATION
}
