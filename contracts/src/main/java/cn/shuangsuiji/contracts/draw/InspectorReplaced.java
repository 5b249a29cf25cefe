package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 执法人员已更换 — a drawn inspector was replaced for a stated reason with the department head's approval
 * (S0 16; S1 16; S2 21) by the next-ranked eligible inspector of the same department, or — where the committed
 * policy's replacement rule is APPROVAL_ONLY — by an eligible inspector the approver named (docs/draw-protocol.md §9).
 *
 * @param targetId              the target whose team changed
 * @param replacedInspectorId   the inspector taken out
 * @param replacementInspectorId the replacement
 * @param reason                reason code, e.g. AVOIDANCE
 * @param approvedBy            the approving department head
 * @param team                  the team after the replacement
 * @param mode                  NEXT_RANKED (抽取递补) or APPROVER_CHOICE (审批指定); added in the same version 1
 *                              (additive: a consumer of an earlier event without it reads null = NEXT_RANKED)
 */
@EventType(name = "ssj.draw.InspectorReplaced", version = 1, topic = Topics.DRAW_DRAWS)
public record InspectorReplaced(UUID eventId, Instant occurredAt, String drawId, String targetId, String replacedInspectorId,
                                String replacementInspectorId, String reason, String approvedBy, DrawnTeam team,
                                String mode) implements IntegrationEvent {

    /** Mode of a replacement by the next-ranked eligible inspector. */
    public static final String NEXT_RANKED = "NEXT_RANKED";
    /** Mode of a replacement named by the approver. */
    public static final String APPROVER_CHOICE = "APPROVER_CHOICE";

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
