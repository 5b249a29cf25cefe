package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;

/**
 * Filters of the plan announcements; null means no restriction.
 *
 * @param departmentId initiating or participating department
 * @param year         plan year
 * @param kind         ANNUAL, JOINT or TEMPORARY_JOINT
 * @param from         the plan's period ends on or after this day
 * @param to           the plan's period starts on or before this day
 */
public record PlanFilter(String departmentId, Integer year, String kind, LocalDate from, LocalDate to) {

    public PlanFilter {
        QueryInput.period(from, to);
    }
}
