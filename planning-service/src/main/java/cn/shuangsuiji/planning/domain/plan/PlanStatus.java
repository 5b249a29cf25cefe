package cn.shuangsuiji.planning.domain.plan;

/** 计划状态 — where one version of a plan is in its workflow. */
public enum PlanStatus {
    DRAFT("草稿"),
    SUBMITTED("已报备"),
    APPROVED("已批准"),
    PUBLISHED("已公示"),
    /** A published version replaced by a newer published version (S3 二(四)). */
    SUPERSEDED("已被变更"),
    WITHDRAWN("已撤销");

    private final String chineseName;

    PlanStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
