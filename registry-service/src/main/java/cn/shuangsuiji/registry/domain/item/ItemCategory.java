package cn.shuangsuiji.registry.domain.item;

/** 事项类别 — 重点检查事项 (no upper ratio limit) or 一般检查事项 (ratio limited) (rules.md §1). */
public enum ItemCategory {
    KEY("重点检查事项"),
    GENERAL("一般检查事项");

    private final String chineseName;

    ItemCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
