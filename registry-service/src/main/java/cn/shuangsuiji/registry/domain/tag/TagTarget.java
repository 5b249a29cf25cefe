package cn.shuangsuiji.registry.domain.tag;

/** 标注对象 — what a tag may be attached to. */
public enum TagTarget {
    ENTITY("检查对象"),
    INSPECTOR("执法检查人员"),
    EXPERT("专家");

    private final String chineseName;

    TagTarget(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
