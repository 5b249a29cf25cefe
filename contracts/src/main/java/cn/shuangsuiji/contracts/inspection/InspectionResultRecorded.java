package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查结果已录入 — one department submitted its part of a joint inspection record (一企一表) with its overall result
 * (S0 20; S1 20(四); rules.md §5). Public part only: entity, department, plan/task/draw, items and their results,
 * the category and the check date — never personal data, never notes. One event per department part; a later change
 * is an {@link InspectionResultCorrected}, never a second recorded event for the same part.
 *
 * @param inspectionId           the joint inspection record's id, also the aggregate id and Kafka key
 * @param entityId               the inspected entity
 * @param entityName             its name (名称), or null when the service has not seen it in the registry
 * @param uscc                   统一社会信用代码, or null (natural person, or unknown)
 * @param departmentId           the department whose part this is (谁检查、谁录入、谁负责)
 * @param initiatingDepartmentId the joint record's leading (发起) department
 * @param planId                 the plan
 * @param taskId                 the plan task
 * @param drawId                 the draw that selected the entity
 * @param items                  the department's items and their sub-items' results
 * @param category               the overall category, one of {@link ResultCategories}
 * @param checkDate              the date of the check
 * @param recordedAt             when the part was submitted
 * @param version                the result's version, 1
 */
@EventType(name = "ssj.inspection.InspectionResultRecorded", version = 1, topic = Topics.INSPECTION_RESULTS)
public record InspectionResultRecorded(UUID eventId, Instant occurredAt, String inspectionId, String entityId,
                                       String entityName, String uscc, String departmentId,
                                       String initiatingDepartmentId, String planId, String taskId, String drawId,
                                       List<PublicItemResult> items, String category, LocalDate checkDate,
                                       Instant recordedAt, int version) implements IntegrationEvent {

    public InspectionResultRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(category, "category");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The public result this event carries. */
    public PublicInspectionResult result() {
        return new PublicInspectionResult(version, items, category, checkDate, recordedAt);
    }

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
