package cn.shuangsuiji.inspection.domain.record;

/** 检查结果类别 — the ten result categories of S1 20(四) (rules.md §5). */
public enum ResultCategory {
    /** 未发现问题. */
    NO_PROBLEM_FOUND("未发现问题"),
    /** 未按规定公示应当公示的信息. */
    INFORMATION_NOT_DISCLOSED("未按规定公示应当公示的信息"),
    /** 公示信息隐瞒真实情况弄虚作假. */
    FALSE_DISCLOSURE("公示信息隐瞒真实情况弄虚作假"),
    /** 通过登记的住所（经营场所）无法联系 — only through {@code recordUnreachable} (S1 21). */
    UNREACHABLE_AT_REGISTERED_ADDRESS("通过登记的住所（经营场所）无法联系"),
    /** 发现问题已责令改正 — needs the measure 责令改正. */
    PROBLEM_FOUND_CORRECTION_ORDERED("发现问题已责令改正"),
    /** 不配合检查情节严重 — only through {@code recordNonCooperation} (S1 21; S2 25). */
    SERIOUS_NON_COOPERATION("不配合检查情节严重"),
    /** 未发现开展本次抽查涉及的经营活动. */
    NO_RELEVANT_BUSINESS_ACTIVITY("未发现开展本次抽查涉及的经营活动"),
    /** 发现问题待后续处理 — a suspected violation: referral within the policy's working days (S1 20(三)). */
    PROBLEM_FOUND_FOLLOW_UP_PENDING("发现问题待后续处理"),
    /** 合格. */
    QUALIFIED("合格"),
    /** 不合格 — a suspected violation. */
    UNQUALIFIED("不合格");

    private final String chineseName;

    ResultCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the result suspects a violation that must be referred (S1 20(三)). */
    public boolean suspectsViolation() {
        return this == PROBLEM_FOUND_FOLLOW_UP_PENDING || this == FALSE_DISCLOSURE || this == UNQUALIFIED;
    }

    /** Whether the category is given only directly, with evidence, without a substantive check (S1 21). */
    public boolean onlyDirect() {
        return this == UNREACHABLE_AT_REGISTERED_ADDRESS || this == SERIOUS_NON_COOPERATION;
    }
}
