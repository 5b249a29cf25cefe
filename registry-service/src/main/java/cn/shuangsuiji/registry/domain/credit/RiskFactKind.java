package cn.shuangsuiji.registry.domain.credit;

/**
 * 风险事实类别 — the facts from inspection results and follow-up that matter for an entity's credit risk (S0 23, 24,
 * 28; S1 23, 24; S2 9; S3 二(三)), received as events from the inspection service.
 */
public enum RiskFactKind {
    /** 列入经营异常名录 (a follow-up step). */
    ABNORMAL_LISTED("列入经营异常名录"),
    /** 移出经营异常名录 (a follow-up step): ends an earlier listing. */
    ABNORMAL_REMOVED("移出经营异常名录"),
    /** 检查结果为“不合格”. */
    UNQUALIFIED_RESULT("检查结果不合格"),
    /** 检查结果为“公示信息隐瞒真实情况弄虚作假”. */
    FALSE_DISCLOSURE("公示信息隐瞒真实情况弄虚作假"),
    /** 不配合检查情节严重. */
    SERIOUS_NON_COOPERATION("不配合检查情节严重"),
    /** 涉嫌违法移送主管部门 (a follow-up step). */
    VIOLATION_REFERRED("涉嫌违法移送"),
    /** 立案 (a follow-up step). */
    CASE_FILED("立案查处");

    private final String chineseName;

    RiskFactKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The fact's Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the fact raises risk by itself (a removal only ends a listing). */
    public boolean mapsToClass() {
        return this != ABNORMAL_REMOVED;
    }
}
