package cn.shuangsuiji.inspection.domain.record;

/** 结果依据 — how a result came about. */
public enum ResultBasis {
    /** 实地检查 — a substantive check with item results. */
    CHECK,
    /** 不配合检查 — directly, with evidence (S1 21; S2 25). */
    NON_COOPERATION,
    /** 无法联系 — directly, with evidence (S1 21). */
    UNREACHABLE
}
