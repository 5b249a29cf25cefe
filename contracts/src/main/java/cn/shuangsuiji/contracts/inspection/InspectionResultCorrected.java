package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查结果已更正 — a submitted result was corrected (S1 22): proposed by an inspector with a reason and signed off by
 * the department head, as a new version; the earlier version stays in the history. The public sees that a
 * correction happened, when and why, and both versions.
 *
 * @param inspectionId   the joint inspection record's id, also the aggregate id and Kafka key
 * @param entityId       the inspected entity
 * @param entityName     its name, or null
 * @param uscc           统一社会信用代码, or null
 * @param departmentId   the department whose part was corrected
 * @param planId         the plan
 * @param taskId         the plan task
 * @param drawId         the draw
 * @param newVersion     the corrected result's version (earlier version + 1)
 * @param reason         why it was corrected (更正理由), public text
 * @param correctedAt    when the correction was signed off and took effect
 * @param corrected      the corrected public result (version {@code newVersion})
 * @param earlier        the public result it replaces
 */
@EventType(name = "ssj.inspection.InspectionResultCorrected", version = 1, topic = Topics.INSPECTION_RESULTS)
public record InspectionResultCorrected(UUID eventId, Instant occurredAt, String inspectionId, String entityId,
                                        String entityName, String uscc, String departmentId, String planId,
                                        String taskId, String drawId, int newVersion, String reason,
                                        Instant correctedAt, PublicInspectionResult corrected,
                                        PublicInspectionResult earlier) implements IntegrationEvent {

    public InspectionResultCorrected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(earlier, "earlier");
    }

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
