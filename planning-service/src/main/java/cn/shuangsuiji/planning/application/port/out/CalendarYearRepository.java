package cn.shuangsuiji.planning.application.port.out;

import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import java.util.List;
import java.util.Optional;

/** Stored versions of the years' official holiday schedules. */
public interface CalendarYearRepository {

    /** The newest version of {@code year}, if any. */
    Optional<OfficialCalendarYear> latest(int year);

    /** Every version of {@code year}, oldest first. */
    List<OfficialCalendarYear> versions(int year);

    /** The newest version of every year that has one. */
    List<OfficialCalendarYear> latestOfEveryYear();

    /** Stores a new version; fails with a duplicate key if the version exists (a concurrent upload). */
    void insert(OfficialCalendarYear version);
}
