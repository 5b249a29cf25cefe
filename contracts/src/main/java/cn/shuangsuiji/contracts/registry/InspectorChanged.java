package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 执法检查人员已变更 — an inspector's record changed (status, post, transfer, scope, certificate) (rules.md §1; S0 12; S2 15, 16). Never carries phone numbers, ID numbers or declared relations: those
 * stay in the registry (S0 25); a draw gets hashed relation keys from the confirmed snapshot.
 *
 * @param inspectorId           the inspector's id, also the aggregate id
 * @param departmentId          the department whose registry lists the inspector
 * @param name                  name (姓名)
 * @param position              职务
 * @param post                  岗位
 * @param regionCode            region (or station's region) code
 * @param status                ACTIVE, SUSPENDED or TRANSFERRED_OUT
 * @param itemIds               enforcement scope: item ids
 * @param categories            enforcement scope: categories
 * @param tags                  分类标注
 * @param certificateValidUntil last day the enforcement certificate is valid
 * @param version               the inspector's version after the change
 */
@EventType(name = "ssj.registry.InspectorChanged", version = 1, topic = Topics.REGISTRY_INSPECTORS)
public record InspectorChanged(
        UUID eventId,
        Instant occurredAt,
        String inspectorId,
        String departmentId,
        String name,
        String position,
        String post,
        String regionCode,
        String status,
        List<String> itemIds,
        List<String> categories,
        List<String> tags,
        LocalDate certificateValidUntil,
        long version) implements IntegrationEvent {

    public InspectorChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectorId, "inspectorId");
        Objects.requireNonNull(departmentId, "departmentId");
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String aggregateId() {
        return inspectorId;
    }
}
