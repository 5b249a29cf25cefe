package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import java.util.Objects;
import java.util.OptionalLong;

/** 新建事项版本 — change an item by drafting version n+1 (立改废释). */
public record ReviseItemCommand(InspectionItemId itemId, ItemContent content, OptionalLong expectedRevision) {

    public ReviseItemCommand {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
    }
}
