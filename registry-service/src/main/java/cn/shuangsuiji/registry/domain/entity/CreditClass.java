package cn.shuangsuiji.registry.domain.entity;

/**
 * 信用风险分类 — credit-risk class (信用风险分级分类, S0 28; S3 二(三)): A (low risk) to D (high risk); some
 * provinces use E as well.
 */
public enum CreditClass {
    A, B, C, D, E;

    /** The class by its letter, or null. */
    public static CreditClass parse(String text) {
        for (CreditClass c : values()) {
            if (c.name().equalsIgnoreCase(text)) {
                return c;
            }
        }
        return null;
    }
}
