package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查计划变更 — a new version of a published plan was opened for amendment, with a reason (S3 二(四)). The
 * published version stays in force until the new version is approved ({@link PlanApproved}) and published
 * ({@link PlanPublished}).
 *
 * @param planId          the plan's id
 * @param newVersion      the version being drafted
 * @param previousVersion the published version it amends
 * @param reason          why the plan changes
 * @param amendedBy       the user who opened the amendment
 */
@EventType(name = "ssj.planning.PlanAmended", version = 1, topic = Topics.PLANNING_PLANS)
public record PlanAmended(UUID eventId, Instant occurredAt, String planId, int newVersion, int previousVersion,
                          String reason, String amendedBy) implements IntegrationEvent {

    public PlanAmended {
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
