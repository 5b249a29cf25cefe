package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;

/**
 * Filters of the task announcements (draws); null means no restriction.
 *
 * @param planId       the plan
 * @param departmentId initiating or participating department
 * @param year         plan year
 * @param from         committed on or after this day (China time)
 * @param to           committed on or before this day
 */
public record DrawFilter(String planId, String departmentId, Integer year, LocalDate from, LocalDate to) {

    public DrawFilter {
        QueryInput.period(from, to);
    }
}
