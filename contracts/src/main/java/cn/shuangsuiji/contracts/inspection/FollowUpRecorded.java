package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 后续处置已记录 — one follow-up step of a department's result (S0 22; S1 23; rules.md §5), published like the
 * result itself.
 *
 * @param inspectionId       the joint inspection record's id, also the aggregate id and Kafka key
 * @param followUpId         the follow-up's id (one per step)
 * @param entityId           the inspected entity
 * @param entityName         its name, or null
 * @param uscc               统一社会信用代码, or null
 * @param departmentId       the department whose result is followed up
 * @param planId             the plan
 * @param taskId             the plan task
 * @param drawId             the draw
 * @param kind               REFERRAL (移送), REFERRAL_ACKNOWLEDGED (移送已签收), CASE_FILED (立案),
 *                           ABNORMAL_LIST (列入经营异常名录), ABNORMAL_LIST_REMOVED (移出经营异常名录), RECTIFICATION_ORDERED (责令限期改正), RECHECKED (复查)
 * @param targetDepartmentId for a referral, the competent department it goes to; else null
 * @param date               the date of the step
 * @param dueDate            for a rectification, its deadline; for a referral, the referral deadline; else null
 * @param outcome            for a re-check RECTIFIED or NOT_RECTIFIED; else null
 * @param recordedAt         when it was recorded
 */
@EventType(name = "ssj.inspection.FollowUpRecorded", version = 1, topic = Topics.INSPECTION_RESULTS)
public record FollowUpRecorded(UUID eventId, Instant occurredAt, String inspectionId, String followUpId,
                               String entityId, String entityName, String uscc, String departmentId, String planId,
                               String taskId, String drawId, String kind, String targetDepartmentId, LocalDate date,
                               LocalDate dueDate, String outcome, Instant recordedAt) implements IntegrationEvent {

    public FollowUpRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(followUpId, "followUpId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
