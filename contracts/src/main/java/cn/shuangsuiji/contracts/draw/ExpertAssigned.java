package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 专家已指派 — a department head assigned an expert of the department's expert library (专家库) to a drawn team with a
 * reason, where the department's policy says experts are assigned rather than drawn (S0 9). Not part of the
 * verifiable draw (a choice cannot be recomputed); audited in draw-service.
 *
 * @param drawId   the draw
 * @param targetId the target whose team the expert helps
 * @param expert   the expert (mode ASSIGNED, with reason and the head)
 * @param team     the team after the assignment, experts included
 */
@EventType(name = "ssj.draw.ExpertAssigned", version = 1, topic = Topics.DRAW_DRAWS)
public record ExpertAssigned(UUID eventId, Instant occurredAt, String drawId, String targetId, TeamExpert expert,
                             DrawnTeam team) implements IntegrationEvent {

    public ExpertAssigned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(expert, "expert");
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
