package cn.shuangsuiji.inspection.domain.record;

/** 签字确认方式 — how the inspected party confirmed the record, or that it refused (S0 18; S2 23). */
public enum SignatureKind {
    /** 签字. */
    SIGNED,
    /** 盖章. */
    SEALED,
    /** 拒绝签字 — the inspectors explain it. */
    REFUSED
}
