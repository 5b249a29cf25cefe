package cn.shuangsuiji.registry.domain.item;

/** 版本状态 — the state of one version of an inspection item. */
public enum ItemVersionStatus {
    /** 草稿: editable, not yet in force. */
    DRAFT("草稿"),
    /** 已公布: in force and immutable (S2 8, 11). */
    PUBLISHED("已公布"),
    /** 已被新版本替代: a later version was published. */
    SUPERSEDED("已替代"),
    /** 已撤回: taken out of the list (立改废释). */
    WITHDRAWN("已撤回");

    private final String chineseName;

    ItemVersionStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
