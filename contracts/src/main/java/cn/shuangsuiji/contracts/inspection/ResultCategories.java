package cn.shuangsuiji.contracts.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 检查结果类别 — the ten result categories of S1 20(四), as the stable codes the inspection events carry
 * (rules.md §5). Consumers display {@link #NAMES}; a code not listed here is shown as is.
 */
public final class ResultCategories {

    /** 未发现问题. */
    public static final String NO_PROBLEM_FOUND = "NO_PROBLEM_FOUND";
    /** 未按规定公示应当公示的信息. */
    public static final String INFORMATION_NOT_DISCLOSED = "INFORMATION_NOT_DISCLOSED";
    /** 公示信息隐瞒真实情况弄虚作假. */
    public static final String FALSE_DISCLOSURE = "FALSE_DISCLOSURE";
    /** 通过登记的住所（经营场所）无法联系. */
    public static final String UNREACHABLE_AT_REGISTERED_ADDRESS = "UNREACHABLE_AT_REGISTERED_ADDRESS";
    /** 发现问题已责令改正. */
    public static final String PROBLEM_FOUND_CORRECTION_ORDERED = "PROBLEM_FOUND_CORRECTION_ORDERED";
    /** 不配合检查情节严重. */
    public static final String SERIOUS_NON_COOPERATION = "SERIOUS_NON_COOPERATION";
    /** 未发现开展本次抽查涉及的经营活动. */
    public static final String NO_RELEVANT_BUSINESS_ACTIVITY = "NO_RELEVANT_BUSINESS_ACTIVITY";
    /** 发现问题待后续处理. */
    public static final String PROBLEM_FOUND_FOLLOW_UP_PENDING = "PROBLEM_FOUND_FOLLOW_UP_PENDING";
    /** 合格. */
    public static final String QUALIFIED = "QUALIFIED";
    /** 不合格. */
    public static final String UNQUALIFIED = "UNQUALIFIED";

    /** Every code with its Chinese name, in the order of S1 20(四). */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(NO_PROBLEM_FOUND, "未发现问题");
        names.put(INFORMATION_NOT_DISCLOSED, "未按规定公示应当公示的信息");
        names.put(FALSE_DISCLOSURE, "公示信息隐瞒真实情况弄虚作假");
        names.put(UNREACHABLE_AT_REGISTERED_ADDRESS, "通过登记的住所（经营场所）无法联系");
        names.put(PROBLEM_FOUND_CORRECTION_ORDERED, "发现问题已责令改正");
        names.put(SERIOUS_NON_COOPERATION, "不配合检查情节严重");
        names.put(NO_RELEVANT_BUSINESS_ACTIVITY, "未发现开展本次抽查涉及的经营活动");
        names.put(PROBLEM_FOUND_FOLLOW_UP_PENDING, "发现问题待后续处理");
        names.put(QUALIFIED, "合格");
        names.put(UNQUALIFIED, "不合格");
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    private ResultCategories() {
    }
}
