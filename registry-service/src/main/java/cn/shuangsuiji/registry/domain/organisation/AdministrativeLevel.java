package cn.shuangsuiji.registry.domain.organisation;

/** 层级 — the administrative level of a department. */
public enum AdministrativeLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String chineseName;

    AdministrativeLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether this level is directly above the other one. */
    public boolean isAbove(AdministrativeLevel other) {
        return ordinal() < other.ordinal();
    }
}
