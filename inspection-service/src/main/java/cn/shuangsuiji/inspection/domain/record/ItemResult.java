package cn.shuangsuiji.inspection.domain.record;

import java.util.List;
import java.util.Objects;

/** 检查事项结果 — the results of one item's sub-items. */
public record ItemResult(String itemId, List<SubItemResult> subItems) {

    public ItemResult {
        Objects.requireNonNull(itemId, "itemId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }
}
