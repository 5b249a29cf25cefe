package cn.shuangsuiji.planning.domain.policy;

/** 信用风险分类 — credit-risk class of an entity, A (good credit, low risk) to D or E (high risk) (S0 28; S3 二(三)). */
public enum CreditClass {
    A, B, C, D, E
}
