package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.planning.CalendarYearPublished;

/**
 * 采用年度节假日安排 — the disclosure service's working-day calendar (monthly reports, KPIs: results entered within 5 and
 * published within 20 working days) adopts a year's official schedule published by planning-service.
 */
public interface CalendarAdoption {

    /** Adopts the schedule if its version is newer than the adopted one; true if it was adopted. */
    boolean apply(CalendarYearPublished published);
}
