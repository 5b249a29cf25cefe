package cn.shuangsuiji.planning.domain.calendar;

import cn.shuangsuiji.calendar.OfficialSchedule;
import java.time.Instant;
import java.time.Year;
import java.util.Objects;

/**
 * 年度节假日安排（版本） — one stored version of a year's official holiday schedule (国务院办公厅关于XXXX年部分节假日安排的
 * 通知) as loaded by a platform administrator; the newest version of a year is the one in force. Versions are never
 * changed or deleted: a correction is a new version.
 *
 * @param year        the year
 * @param version     from 1 per year
 * @param schedule    the schedule in the calendar file format (checked: see {@link OfficialSchedule})
 * @param sha256      SHA-256 of the schedule
 * @param entries     the number of dated lines
 * @param notice      the notice's title or URL, or null
 * @param publishedBy the administrator
 * @param publishedAt when it was loaded
 */
public record OfficialCalendarYear(int year, int version, String schedule, String sha256, int entries, String notice,
                                   String publishedBy, Instant publishedAt) {

    public OfficialCalendarYear {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** The first version of a year, or the one after {@code previous}. */
    public static OfficialCalendarYear next(OfficialCalendarYear previous, OfficialSchedule checked, String notice,
                                            String publishedBy, Instant now) {
        int version = previous == null ? 1 : previous.version() + 1;
        return new OfficialCalendarYear(checked.year().getValue(), version, checked.text(), checked.sha256(),
                checked.entryCount(), notice, publishedBy, now);
    }

    /** Whether {@code schedule} is the same text as this version (a repeated upload makes no new version). */
    public boolean sameScheduleAs(String schedule) {
        return sha256.equals(OfficialSchedule.sha256(schedule));
    }

    /** As the calendar module's checked schedule. */
    public OfficialSchedule toSchedule() {
        return new OfficialSchedule(Year.of(year), version, schedule, "planning:" + year + " v" + version);
    }
}
