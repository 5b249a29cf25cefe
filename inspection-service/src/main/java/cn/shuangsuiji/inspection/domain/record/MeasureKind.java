package cn.shuangsuiji.inspection.domain.record;

/** 处置措施 — measures taken during the check. */
public enum MeasureKind {
    /** 责令改正. */
    ORDER_CORRECTION,
    /** 现场笔录. */
    ON_SITE_TRANSCRIPT,
    /** 初步提取证据. */
    PRELIMINARY_EVIDENCE,
    /** 查封扣押. */
    SEIZURE,
    /** 其他. */
    OTHER
}
