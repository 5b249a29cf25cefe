package cn.shuangsuiji.registry.domain.item;

/** 检查方式 — how an item is checked (rules.md §1; S0 11). */
public enum InspectionMethod {
    ON_SITE("实地核查"),
    DOCUMENTS("书面检查"),
    ONLINE("网络监测"),
    DATA_COMPARISON("信息比对");

    private final String chineseName;

    InspectionMethod(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
