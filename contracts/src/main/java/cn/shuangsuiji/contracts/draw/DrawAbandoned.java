package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽取已作废 — a draw was abandoned with a reason; it stays in the log and a new draw needs a new commitment.
 *
 * @param planId      the plan
 * @param taskId      the task
 * @param reason      why
 * @param abandonedBy who
 */
@EventType(name = "ssj.draw.DrawAbandoned", version = 1, topic = Topics.DRAW_DRAWS)
public record DrawAbandoned(UUID eventId, Instant occurredAt, String drawId, String planId, String taskId, String reason, String abandonedBy) implements IntegrationEvent {

    public DrawAbandoned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
