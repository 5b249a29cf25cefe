package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import java.util.Objects;
import java.util.OptionalLong;

/** 撤回事项 — withdraw the published version of an item, with a reason. */
public record WithdrawItemCommand(InspectionItemId itemId, String reason, OptionalLong expectedRevision) {

    public WithdrawItemCommand {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
    }
}
