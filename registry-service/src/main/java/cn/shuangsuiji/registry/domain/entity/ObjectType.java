package cn.shuangsuiji.registry.domain.entity;

/** 检查对象类型 — the kinds of objects in the entity registry (S1 2). */
public enum ObjectType {
    ENTERPRISE("企业"),
    INDIVIDUAL_BUSINESS("个体工商户"),
    COOPERATIVE("农民专业合作社"),
    OTHER_SUBJECT("其他主体"),
    PRODUCT("产品"),
    PROJECT("项目"),
    BEHAVIOUR("行为");

    private final String chineseName;

    ObjectType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The type by code or Chinese name, or null. */
    public static ObjectType parse(String text) {
        for (ObjectType t : values()) {
            if (t.name().equalsIgnoreCase(text) || t.chineseName.equals(text)) {
                return t;
            }
        }
        return null;
    }
}
