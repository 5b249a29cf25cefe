package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 部门已登记 — a department (执法部门) was registered or its public facts changed.
 *
 * @param departmentId the department's id, also the aggregate id
 * @param name         the department's full name, e.g. 曲阳县市场监督管理局
 * @param type         department type code, e.g. MARKET_REGULATION (市场监管)
 * @param level        PROVINCE, CITY or COUNTY
 * @param regionCode   GB/T 2260 six-digit code of its administrative region
 * @param parentId     the department above it, or null
 */
@EventType(name = "ssj.registry.DepartmentRegistered", version = 1, topic = Topics.REGISTRY_ORGANISATIONS)
public record DepartmentRegistered(
        UUID eventId,
        Instant occurredAt,
        String departmentId,
        String name,
        String type,
        String level,
        String regionCode,
        String parentId) implements IntegrationEvent {

    public DepartmentRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String aggregateId() {
        return departmentId;
    }
}
