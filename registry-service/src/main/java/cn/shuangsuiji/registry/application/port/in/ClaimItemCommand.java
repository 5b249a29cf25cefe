package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;

/** 认领事项 — a lower-level department claims a published item of a department above it. */
public record ClaimItemCommand(InspectionItemId itemId, DepartmentId claimant) {

    public ClaimItemCommand {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(claimant, "claimant");
    }
}
