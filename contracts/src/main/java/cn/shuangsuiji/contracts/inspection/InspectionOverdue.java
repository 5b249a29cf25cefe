package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查逾期 — a department's part of a joint record missed a working-day deadline (rules.md §5). For RESULT_ENTRY the
 * fact "not entered in time counts as not done" (S1 29, {@code countsAsNotDone}) is kept even when the result is
 * entered later. Published once per part and deadline kind.
 *
 * @param inspectionId    the joint inspection record's id, also the aggregate id and Kafka key
 * @param entityId        the inspected entity
 * @param entityName      its name, or null
 * @param departmentId    the department whose part is late
 * @param jointOfficeId   the jurisdiction (joint office) of the initiating department, or null
 * @param planId          the plan
 * @param taskId          the plan task
 * @param drawId          the draw
 * @param deadlineKind    RESULT_ENTRY (S0 20), VIOLATION_REFERRAL (S1 20(三)) or RESULT_PUBLICATION (S1 20(四))
 * @param dueDate         the last working day
 * @param detectedOn      the day it was found overdue
 * @param countsAsNotDone whether the part counts as not done (S1 29)
 */
@EventType(name = "ssj.inspection.InspectionOverdue", version = 1, topic = Topics.INSPECTION_RESULTS)
public record InspectionOverdue(UUID eventId, Instant occurredAt, String inspectionId, String entityId,
                                String entityName, String departmentId, String jointOfficeId, String planId,
                                String taskId, String drawId, String deadlineKind, LocalDate dueDate,
                                LocalDate detectedOn, boolean countsAsNotDone) implements IntegrationEvent {

    public InspectionOverdue {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(deadlineKind, "deadlineKind");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
