package cn.shuangsuiji.inspection.domain.record;

/** 后续处置类别 — follow-up steps (S0 22; S1 23). */
public enum FollowUpKind {
    /** 移送 — referral to the competent department. */
    REFERRAL,
    /** 移送签收 — the competent department acknowledged the referral. */
    REFERRAL_ACKNOWLEDGED,
    /** 立案. */
    CASE_FILED,
    /** 列入经营异常名录. */
    ABNORMAL_LIST,
    /** 移出经营异常名录 — the entity was removed from the list again (the registry's credit feedback ends the listing). */
    ABNORMAL_LIST_REMOVED,
    /** 责令限期改正 — with a rectification deadline. */
    RECTIFICATION_ORDERED,
    /** 复查 — re-check of a rectification, outcome RECTIFIED or NOT_RECTIFIED. */
    RECHECKED
}
