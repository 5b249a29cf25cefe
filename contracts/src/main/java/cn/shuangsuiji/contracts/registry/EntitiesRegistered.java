package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查对象批量登记 — entities a bulk import created, one event per chunk of at most {@link #MAX_ENTITIES} of a batch
 * (S0 13; S1 11). Carries for each entity the public facts {@link EntityRegistered} carries for one (name, USCC,
 * region, object type, status, credit class), so consumers can name bulk-imported entities; never a natural person's ID
 * number or phone number (a natural person has no USCC: {@code uscc} is null). An entity's later changes come as
 * {@link EntityChanged} under the entity's own key and may overtake this event, so consumers keep an entity from
 * here only if they know nothing of it yet.
 *
 * @param jobId    the import job's id
 * @param batch    the job's batch number (from 1)
 * @param entities the entities the batch created, at most {@link #MAX_ENTITIES}
 */
@EventType(name = "ssj.registry.EntitiesRegistered", version = 1, topic = Topics.REGISTRY_ENTITIES)
public record EntitiesRegistered(UUID eventId, Instant occurredAt, String jobId, int batch,
                                 List<RegisteredEntity> entities) implements IntegrationEvent {

    /** Entities per event at most, so one Kafka record stays well under its 1 MB limit. */
    public static final int MAX_ENTITIES = 500;

    public EntitiesRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jobId, "jobId");
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (entities.size() > MAX_ENTITIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTITIES + " entities per event");
        }
    }

    /** The key: the import job id and the batch number. */
    @Override
    public String aggregateId() {
        return jobId + ":" + batch;
    }

    /**
     * One entity the import created.
     *
     * @param entityId    the entity's id
     * @param name        name (名称)
     * @param uscc        统一社会信用代码, or null for a natural person
     * @param regionCode  GB/T 2260 code of its region
     * @param objectType  ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE, OTHER_SUBJECT, PRODUCT, PROJECT, BEHAVIOUR
     * @param status      OPERATING (存续), CANCELLED (注销) or REVOKED (吊销)
     * @param creditClass credit-risk class A..E
     */
    public record RegisteredEntity(String entityId, String name, String uscc, String regionCode, String objectType,
                                   String status, String creditClass) {

        public RegisteredEntity {
            Objects.requireNonNull(entityId, "entityId");
        }
    }
}
