package cn.shuangsuiji.planning.domain.policy;

/** 联合抽查义务 — what a department must do about joint inspections each year (S1 9). */
public enum JointObligation {
    /** No obligation. */
    NONE,
    /** Initiate or join at least one joint inspection a year. */
    INITIATE_OR_JOIN,
    /** Initiate at least one joint inspection a year. */
    INITIATE;

    /** Department types that must initiate a joint inspection each year (S1 9: 市场监管、生态环境、交通运输、农业农村、文化和旅游). */
    public static final java.util.Set<String> MUST_INITIATE = java.util.Set.of("MARKET_REGULATION",
            "ECOLOGY_ENVIRONMENT", "TRANSPORT", "AGRICULTURE_RURAL", "CULTURE_TOURISM");
    /** Department types that must initiate or join one (S1 9: 发展改革、教育、公安、人社、住建、商务、卫生健康、应急、税务). */
    public static final java.util.Set<String> MUST_INITIATE_OR_JOIN = java.util.Set.of("DEVELOPMENT_REFORM",
            "EDUCATION", "PUBLIC_SECURITY", "HUMAN_RESOURCES", "HOUSING_CONSTRUCTION", "COMMERCE", "HEALTH",
            "EMERGENCY_MANAGEMENT", "TAXATION");

    /** Whether this obligation is at least as strict as the other. */
    public boolean atLeast(JointObligation other) {
        return ordinal() >= other.ordinal();
    }

    /** The stricter of the two. */
    public JointObligation stricter(JointObligation other) {
        return atLeast(other) ? this : other;
    }

    /**
     * The default obligation of a department type (S1 9): the five types that must initiate, the nine that must
     * initiate or join, NONE for others (their policy may still require one).
     */
    public static JointObligation requiredOf(String departmentType) {
        if (departmentType != null && MUST_INITIATE.contains(departmentType)) {
            return INITIATE;
        }
        return departmentType != null && MUST_INITIATE_OR_JOIN.contains(departmentType) ? INITIATE_OR_JOIN : NONE;
    }

    /** The Chinese statement of the duty and whether it is met, for the obligation list. */
    public String message(boolean met) {
        return switch (this) {
            case NONE -> "无联合抽查义务";
            case INITIATE -> "每年应至少发起一次部门联合抽查（S1 9）" + (met ? "，本年度已发起" : "，本年度尚未发起");
            case INITIATE_OR_JOIN -> "每年应至少发起或参与一次部门联合抽查（S1 9）"
                    + (met ? "，本年度已完成" : "，本年度尚未发起或参与");
        };
    }
}
