package cn.shuangsuiji.registry.domain.region;

/** 行政区划级别 — the level of an administrative region in GB/T 2260. */
public enum RegionLevel {
    PROVINCE("省级"),
    PREFECTURE("地级"),
    COUNTY("县级");

    private final String chineseName;

    RegionLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
