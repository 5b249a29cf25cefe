package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;

/**
 * 发布年度节假日安排 — a platform administrator loads a year's official schedule: stored as a new version, audited,
 * published as {@code CalendarYearPublished} and used by this service's calendar at once (no restart).
 */
public interface PublishCalendarYear {

    /** The result: the version in force and whether this call created it (false: same text as the newest). */
    record Outcome(OfficialCalendarYear year, boolean created) {
    }

    Outcome publish(PublishCalendarYearCommand command);
}
