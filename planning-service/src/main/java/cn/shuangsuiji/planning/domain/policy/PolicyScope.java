package cn.shuangsuiji.planning.domain.policy;

/** 政策层级 — whether a policy is a jurisdiction's (辖区) or one department's own tightening of it. */
public enum PolicyScope {
    /** 辖区政策: the rules of a jurisdiction, keyed by region code (or the national default). */
    JURISDICTION,
    /** 部门政策: a department's own policy; may tighten, never loosen, its jurisdiction's. */
    DEPARTMENT
}
