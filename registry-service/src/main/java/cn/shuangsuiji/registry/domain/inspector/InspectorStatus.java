package cn.shuangsuiji.registry.domain.inspector;

/** 人员状态 — an inspector's status; only 在岗 inspectors may be drawn (S0 12; S2 16). */
public enum InspectorStatus {
    ACTIVE("在岗"),
    SUSPENDED("暂停执法"),
    TRANSFERRED_OUT("已调出");

    private final String chineseName;

    InspectorStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The status by code or Chinese name, or null. */
    public static InspectorStatus parse(String text) {
        for (InspectorStatus s : values()) {
            if (s.name().equalsIgnoreCase(text) || s.chineseName.equals(text)) {
                return s;
            }
        }
        return null;
    }
}
