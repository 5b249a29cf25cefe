package cn.shuangsuiji.registry.domain.entity;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.time.Instant;
import java.util.Objects;

/**
 * 检查对象 — an entry of the entity registry (检查对象名录库, rules.md §1): an enterprise, 个体工商户, 农民专业合作社,
 * other subject, product, project or behaviour that may be drawn for inspection.
 *
 * @param id           derived from USCC or ID number
 * @param details      the registered facts
 * @param version      optimistic-concurrency version, 1 after registration
 * @param registeredAt when it was entered
 * @param updatedAt    when it last changed
 */
public record RegulatedEntity(EntityId id, EntityDetails details, long version, Instant registeredAt,
                              Instant updatedAt) {

    public RegulatedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Enters an entity in the registry (S2 13; S0 13 bulk import from the registration systems). */
    public static RegulatedEntity register(EntityDetails details, Pseudonyms pseudonyms, Instant now) {
        return new RegulatedEntity(EntityId.of(details.uscc(), details.idNumber(), pseudonyms), details, 1, now, now);
    }

    /**
     * Replaces the registered facts (registries are refreshed before every draw, S1 11). The identity (USCC or
     * ID number) cannot change: a new code is a new entity.
     */
    public RegulatedEntity revise(EntityDetails newDetails, Instant now) {
        if (!Objects.equals(newDetails.uscc(), details.uscc())
                || details.uscc() == null && !Objects.equals(newDetails.idNumber(), details.idNumber())) {
            throw new DomainProblem(ProblemKind.INVALID, "ENTITY_IDENTITY_CHANGE", "不能修改统一社会信用代码",
                    "统一社会信用代码（或身份证号码）是检查对象的标识，不能修改；新的代码请登记为新的检查对象");
        }
        return new RegulatedEntity(id, newDetails, version + 1, registeredAt, now);
    }

    /**
     * Records that the entity was 注销 or 吊销: it leaves the drawable pool and keeps its record and history
     * (S2 14).
     */
    public RegulatedEntity deregister(EntityStatus terminal, Instant now) {
        if (terminal == null || terminal.drawable()) {
            throw new DomainProblem(ProblemKind.INVALID, "ENTITY_DEREGISTRATION_STATUS", "注销状态无效",
                    "注销时状态应为 CANCELLED（注销）或 REVOKED（吊销）");
        }
        if (!details.status().drawable()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ENTITY_ALREADY_DEREGISTERED", "检查对象已注销",
                    "检查对象已是“" + details.status().chineseName() + "”状态");
        }
        EntityDetails d = details;
        return revise(d.withStatus(terminal), now);
    }

    /** Whether the entity is in the drawable pool (存续, S2 14). */
    public boolean drawable() {
        return details.status().drawable();
    }
}
