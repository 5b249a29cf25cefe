package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import java.util.Objects;
import java.util.OptionalLong;

/** 公布事项版本 — publish a draft version of an item. */
public record PublishItemCommand(InspectionItemId itemId, int version, OptionalLong expectedRevision) {

    public PublishItemCommand {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
    }
}
