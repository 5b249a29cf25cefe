package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查对象已登记 — an entity was entered in the entity registry (检查对象名录库) (rules.md §1; S2 13). Carries the facts a draw or a consumer's view needs; never a natural
 * person's ID number or phone number.
 *
 * @param entityId          the entity's id, also the aggregate id
 * @param name              name (名称)
 * @param uscc              统一社会信用代码, or null for a natural person
 * @param regionCode        GB/T 2260 code of its region
 * @param industry          industry code (GB/T 4754), may be null
 * @param objectType        ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE, OTHER_SUBJECT, PRODUCT, PROJECT, BEHAVIOUR
 * @param status            OPERATING (存续), CANCELLED (注销) or REVOKED (吊销)
 * @param creditClass       credit-risk class A..E
 * @param abnormalList      on the 经营异常名录
 * @param seriousDishonesty on the 严重违法失信名单
 * @param tags              分类标注
 * @param supervisionScopes ids of the departments whose registry holds the entity
 * @param version           the entity's version after the change
 */
@EventType(name = "ssj.registry.EntityRegistered", version = 1, topic = Topics.REGISTRY_ENTITIES)
public record EntityRegistered(
        UUID eventId,
        Instant occurredAt,
        String entityId,
        String name,
        String uscc,
        String regionCode,
        String industry,
        String objectType,
        String status,
        String creditClass,
        boolean abnormalList,
        boolean seriousDishonesty,
        List<String> tags,
        List<String> supervisionScopes,
        long version) implements IntegrationEvent {

    public EntityRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(entityId, "entityId");
        tags = tags == null ? List.of() : List.copyOf(tags);
        supervisionScopes = supervisionScopes == null ? List.of() : List.copyOf(supervisionScopes);
    }

    @Override
    public String aggregateId() {
        return entityId;
    }
}
