package cn.shuangsuiji.planning.domain.plan;

/** 事项版本键 — an item id and version. */
public record ItemKey(String itemId, int version) {
}
