package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 年度节假日安排已发布 — a version of a year's official holiday schedule (国务院办公厅关于XXXX年部分节假日安排的通知) was
 * loaded by a platform administrator. Every service that counts working days adopts it (a newer version replaces an
 * older one, an equal or older one is ignored) and recomputes the deadlines it stores for that year.
 *
 * @param year        the year the notice is for
 * @param version     the version of that year's schedule, from 1; the newest wins
 * @param schedule    the schedule in the calendar file format: {@code <yyyy-MM-dd> <holiday|workday> <label>} lines
 *                    (calendar/README.md)
 * @param sha256      SHA-256 of {@code schedule} (UTF-8), hex
 * @param notice      the notice's title or URL, or null
 * @param publishedBy the administrator's user id
 */
@EventType(name = "ssj.planning.CalendarYearPublished", version = 1, topic = Topics.PLANNING_CALENDAR)
public record CalendarYearPublished(UUID eventId, Instant occurredAt, int year, int version, String schedule,
                                    String sha256, String notice, String publishedBy) implements IntegrationEvent {

    public CalendarYearPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(sha256, "sha256");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** {@code calendar-<year>}: one year's versions stay in order. */
    @Override
    public String aggregateId() {
        return "calendar-" + year;
    }
}
