package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 计划公告已发布 — a plan announcement was published or changed (new version, amendment, withdrawal).
 * Provincial feed (M30): carries exactly the record the public API shows at that moment, the whole record each time
 * (the newest event of a key is the current state).
 *
 * @param plan the public record
 */
@EventType(name = "ssj.public.PlanDisclosed", version = 1, topic = Topics.PUBLIC_PLANS)
public record PlanDisclosed(UUID eventId, Instant occurredAt, PublicPlan plan) implements IntegrationEvent {

    public PlanDisclosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(plan, "plan");
    }

    @Override
    public String aggregateId() {
        return plan.planId();
    }
}
