package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查期限已变更 — one working-day deadline of a department's part (rules.md §5) was recomputed because the official
 * holiday schedule of a year it spans was loaded (it had been counted with a provisional year, or with an older
 * version of the schedule). One event per part and deadline kind that moved.
 *
 * @param inspectionId    the joint inspection record's id, also the aggregate id and Kafka key
 * @param departmentId    the department whose part it is
 * @param deadlineKind    RESULT_ENTRY (S0 20), VIOLATION_REFERRAL (S1 20(三)) or RESULT_PUBLICATION (S1 20(四))
 * @param checkDate       the check date the period starts after
 * @param previousDueDate the due date before
 * @param dueDate         the new due date
 * @param calendarYear    the year whose schedule was loaded
 * @param calendarVersion the version of that schedule
 */
@EventType(name = "ssj.inspection.InspectionDeadlineMoved", version = 1, topic = Topics.INSPECTION_RESULTS)
public record InspectionDeadlineMoved(UUID eventId, Instant occurredAt, String inspectionId, String departmentId,
                                      String deadlineKind, LocalDate checkDate, LocalDate previousDueDate,
                                      LocalDate dueDate, int calendarYear, int calendarVersion)
        implements IntegrationEvent {

    public InspectionDeadlineMoved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(deadlineKind, "deadlineKind");
        Objects.requireNonNull(previousDueDate, "previousDueDate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
