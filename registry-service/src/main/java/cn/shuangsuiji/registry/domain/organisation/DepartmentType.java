package cn.shuangsuiji.registry.domain.organisation;

/** 部门类型 — the kind of enforcement department. */
public enum DepartmentType {
    MARKET_REGULATION("市场监管"),
    PUBLIC_SECURITY("公安"),
    ECOLOGY_ENVIRONMENT("生态环境"),
    TRANSPORT("交通运输"),
    AGRICULTURE_RURAL("农业农村"),
    CULTURE_TOURISM("文化和旅游"),
    HEALTH("卫生健康"),
    EMERGENCY_MANAGEMENT("应急管理"),
    TAXATION("税务"),
    HOUSING_CONSTRUCTION("住房和城乡建设"),
    NATURAL_RESOURCES("自然资源"),
    EDUCATION("教育"),
    HUMAN_RESOURCES("人力资源和社会保障"),
    COMMERCE("商务"),
    WATER_RESOURCES("水利"),
    OTHER("其他");

    private final String chineseName;

    DepartmentType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
