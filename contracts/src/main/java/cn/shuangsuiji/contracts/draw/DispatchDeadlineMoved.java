package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 下派确认期限已变更 — a dispatch's confirmation deadline was recomputed because the official holiday schedule of a
 * year it spans was loaded (it had been counted with a provisional year, or with an older version of the schedule).
 * One event per dispatch that moved.
 *
 * @param drawId           the draw, also the aggregate id and Kafka key
 * @param departmentId     the department the list was dispatched to
 * @param dispatchedOn     the day of dispatch (the period starts after it)
 * @param previousDeadline the deadline before
 * @param deadline         the new deadline
 * @param calendarYear     the year whose schedule was loaded
 * @param calendarVersion  the version of that schedule
 */
@EventType(name = "ssj.draw.DispatchDeadlineMoved", version = 1, topic = Topics.DRAW_DRAWS)
public record DispatchDeadlineMoved(UUID eventId, Instant occurredAt, String drawId, String departmentId,
                                    LocalDate dispatchedOn, LocalDate previousDeadline, LocalDate deadline,
                                    int calendarYear, int calendarVersion) implements IntegrationEvent {

    public DispatchDeadlineMoved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(previousDeadline, "previousDeadline");
        Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
