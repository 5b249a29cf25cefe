package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查事项已撤回 — a published item version was withdrawn from the list (立改废释); it can no longer be
 * planned.
 */
@EventType(name = "ssj.registry.InspectionItemWithdrawn", version = 1, topic = Topics.REGISTRY_ITEMS)
public record InspectionItemWithdrawn(UUID eventId, Instant occurredAt, String itemId, int version,
                                      String departmentId, String reason) implements IntegrationEvent {

    public InspectionItemWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(itemId, "itemId");
    }

    @Override
    public String aggregateId() {
        return itemId;
    }
}
