package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 执法人员已更换 — a drawn inspector was replaced for a stated reason with the department head's approval
 * (S0 16; S1 16; S2 21) by the next-ranked eligible inspector of the same department (docs/draw-protocol.md §9).
 *
 * @param targetId              the target whose team changed
 * @param replacedInspectorId   the inspector taken out
 * @param replacementInspectorId the replacement
 * @param reason                reason code, e.g. AVOIDANCE
 * @param approvedBy            the approving department head
 * @param team                  the team after the replacement
 */
@EventType(name = "ssj.draw.InspectorReplaced", version = 1, topic = Topics.DRAW_DRAWS)
public record InspectorReplaced(UUID eventId, Instant occurredAt, String drawId, String targetId, String replacedInspectorId,
                                String replacementInspectorId, String reason, String approvedBy, DrawnTeam team) implements IntegrationEvent {

    public InspectorReplaced {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(replacementInspectorId, "replacementInspectorId");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
