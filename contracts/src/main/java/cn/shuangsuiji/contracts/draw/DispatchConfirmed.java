package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 下派名单已确认 — the receiving department confirmed a dispatched list.
 *
 * @param departmentId the confirming department
 * @param confirmedBy  who confirmed
 * @param deadline     the deadline it had
 * @param late         whether it confirmed after the deadline
 */
@EventType(name = "ssj.draw.DispatchConfirmed", version = 1, topic = Topics.DRAW_DRAWS)
public record DispatchConfirmed(UUID eventId, Instant occurredAt, String drawId, String departmentId, String confirmedBy, LocalDate deadline,
                                boolean late) implements IntegrationEvent {

    public DispatchConfirmed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(departmentId, "departmentId");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
