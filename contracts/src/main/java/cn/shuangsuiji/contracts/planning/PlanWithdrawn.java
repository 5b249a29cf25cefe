package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查计划已撤销 — the plan was withdrawn with a reason: every version of it is out of force and no further
 * draw may be made for it.
 *
 * @param planId      the plan's id
 * @param planVersion the newest version at the time of withdrawal
 * @param reason      why it was withdrawn
 * @param withdrawnBy the user who withdrew it
 */
@EventType(name = "ssj.planning.PlanWithdrawn", version = 1, topic = Topics.PLANNING_PLANS)
public record PlanWithdrawn(UUID eventId, Instant occurredAt, String planId, int planVersion, String reason,
                            String withdrawnBy) implements IntegrationEvent {

    public PlanWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return planId;
    }
}
