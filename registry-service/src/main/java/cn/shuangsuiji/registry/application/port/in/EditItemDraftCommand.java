package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import java.util.Objects;
import java.util.OptionalLong;

/** 修改草稿版本 — change a draft version of an item; {@code expectedRevision} comes from If-Match. */
public record EditItemDraftCommand(InspectionItemId itemId, int version, ItemContent content,
                                   OptionalLong expectedRevision) {

    public EditItemDraftCommand {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
    }
}
