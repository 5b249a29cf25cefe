package cn.shuangsuiji.planning.domain.plan;

/** 计划类别 — the kind of plan (rules.md §2). */
public enum PlanKind {
    /** 年度抽查计划: one department's annual plan [S0 14; S2 17]. */
    ANNUAL("年度抽查计划"),
    /** 部门联合抽查计划: initiating and participating departments [S1 4, 12]. */
    JOINT("部门联合抽查计划"),
    /** 临时性联合抽查: tasks from above, filed and published like plans [S1 8]. */
    TEMPORARY_JOINT("临时性联合抽查");

    private final String chineseName;

    PlanKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isJoint() {
        return this != ANNUAL;
    }
}
