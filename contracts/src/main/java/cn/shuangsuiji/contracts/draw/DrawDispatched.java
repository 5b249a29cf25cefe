package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查名单已下派 — the drawn list was dispatched to a lower-level department, which confirms it within the
 * policy's working days (S0 17; S1 13).
 *
 * @param departmentId the receiving department
 * @param dispatchedOn the dispatch date
 * @param deadline     the last working day to confirm
 * @param targetIds    the current drawn targets
 * @param note         a note, may be empty
 */
@EventType(name = "ssj.draw.DrawDispatched", version = 1, topic = Topics.DRAW_DRAWS)
public record DrawDispatched(UUID eventId, Instant occurredAt, String drawId, String departmentId, LocalDate dispatchedOn, LocalDate deadline,
                             List<String> targetIds, String note) implements IntegrationEvent {

    public DrawDispatched {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(departmentId, "departmentId");
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
