package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查事项已认领 — a lower-level department claimed (认领) a published item of a higher-level department and
 * may now plan it as its own.
 */
@EventType(name = "ssj.registry.InspectionItemClaimed", version = 1, topic = Topics.REGISTRY_ITEMS)
public record InspectionItemClaimed(UUID eventId, Instant occurredAt, String itemId, int version,
                                    String ownerDepartmentId, String claimingDepartmentId) implements IntegrationEvent {

    public InspectionItemClaimed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(claimingDepartmentId, "claimingDepartmentId");
    }

    @Override
    public String aggregateId() {
        return itemId;
    }
}
