package cn.shuangsuiji.registry.domain.item;

/** 检查对象类型 — what kind of object an item inspects (rules.md §1; S1 2). */
public enum InspectionObjectType {
    ENTERPRISE("企业"),
    INDIVIDUAL_BUSINESS("个体工商户"),
    COOPERATIVE("农民专业合作社"),
    OTHER_SUBJECT("其他市场主体"),
    PRODUCT("产品"),
    PROJECT("项目"),
    BEHAVIOUR("行为");

    private final String chineseName;

    InspectionObjectType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
