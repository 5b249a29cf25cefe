package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查对象已递补 — an unusable drawn target was replaced by the next candidate of its stratum in key order
 * (递补, docs/draw-protocol.md §9): never a redraw.
 *
 * @param replacedTargetId   the target taken out
 * @param substituteTargetId the substitute
 * @param stratum            the stratum of both
 * @param substituteKey      the substitute's rank key, 16 hex digits
 * @param reason             reason code, e.g. DEREGISTERED
 * @param team               the substitute's team, or null without teams
 * @param form               the substitute's joint inspection form
 * @param by                 who recorded it
 */
@EventType(name = "ssj.draw.TargetSubstituted", version = 1, topic = Topics.DRAW_DRAWS)
public record TargetSubstituted(UUID eventId, Instant occurredAt, String drawId, String replacedTargetId, String substituteTargetId, String stratum,
                                String substituteKey, String reason, DrawnTeam team, InspectionForm form, String by) implements IntegrationEvent {

    public TargetSubstituted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(replacedTargetId, "replacedTargetId");
        Objects.requireNonNull(substituteTargetId, "substituteTargetId");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
