package cn.shuangsuiji.registry.domain.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 风险事实 — one fact about an entity, with the event that brought it (全程留痕): which department found it, in which
 * inspection, on which date.
 *
 * @param kind         what was found or done
 * @param departmentId the department whose result or follow-up it is
 * @param inspectionId the joint inspection record
 * @param date         the check date or the date of the follow-up step
 * @param eventType    the type of the event that brought the fact
 * @param eventId      that event's id
 * @param receivedAt   when the registry applied it
 */
public record RiskFact(RiskFactKind kind, String departmentId, String inspectionId, LocalDate date, String eventType,
                       String eventId, Instant receivedAt) {

    public RiskFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Whether this fact stems from the same department's result in the same inspection (a correction replaces it). */
    boolean sameResult(String inspection, String department) {
        return inspectionId.equals(inspection) && departmentId.equals(department);
    }
}
