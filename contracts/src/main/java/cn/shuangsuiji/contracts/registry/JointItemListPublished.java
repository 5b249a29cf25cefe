package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 联合抽查事项清单已公布 — a joint (cross-department) item list was published (rules.md §1; S1 6): the items
 * several departments inspect together, each pinned to its published version.
 *
 * @param jointListId            the joint list's id, also the aggregate id
 * @param name                   its name
 * @param initiatingDepartmentId 发起部门
 * @param departmentIds          all participating departments, the initiator included
 * @param items                  the items with the version taken and the department that brings each
 */
@EventType(name = "ssj.registry.JointItemListPublished", version = 1, topic = Topics.REGISTRY_ITEMS)
public record JointItemListPublished(
        UUID eventId,
        Instant occurredAt,
        String jointListId,
        String name,
        String initiatingDepartmentId,
        List<String> departmentIds,
        List<Entry> items) implements IntegrationEvent {

    public JointItemListPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jointListId, "jointListId");
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String aggregateId() {
        return jointListId;
    }

    /**
     * One item of the joint list.
     *
     * @param itemId       the item
     * @param version      the published version taken
     * @param departmentId the department that brings it
     * @param checkProject 检查项目
     */
    public record Entry(String itemId, int version, String departmentId, String checkProject) {
    }
}
