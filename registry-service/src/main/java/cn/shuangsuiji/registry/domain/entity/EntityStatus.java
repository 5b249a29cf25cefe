package cn.shuangsuiji.registry.domain.entity;

/** 登记状态 — registration status of an entity; only 存续 entities are drawable (S2 14). */
public enum EntityStatus {
    OPERATING("存续"),
    CANCELLED("注销"),
    REVOKED("吊销");

    private final String chineseName;

    EntityStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether an entity in this status stays in the drawable pool. */
    public boolean drawable() {
        return this == OPERATING;
    }

    /** The status by code or Chinese name, or null. */
    public static EntityStatus parse(String text) {
        for (EntityStatus s : values()) {
            if (s.name().equalsIgnoreCase(text) || s.chineseName.equals(text)) {
                return s;
            }
        }
        return null;
    }
}
