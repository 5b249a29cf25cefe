package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查对象已注销/吊销 — an entity terminated (注销 or 吊销) and left the drawable pool (S2 14); its record and
 * history are kept.
 *
 * @param entityId the entity's id
 * @param status   CANCELLED (注销) or REVOKED (吊销)
 * @param reason   the reason given, may be null
 * @param version  the entity's version after the change
 */
@EventType(name = "ssj.registry.EntityDeregistered", version = 1, topic = Topics.REGISTRY_ENTITIES)
public record EntityDeregistered(UUID eventId, Instant occurredAt, String entityId, String status, String reason,
                                 long version) implements IntegrationEvent {

    public EntityDeregistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String aggregateId() {
        return entityId;
    }
}
