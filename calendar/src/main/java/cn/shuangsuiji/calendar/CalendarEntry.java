package cn.shuangsuiji.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 日历条目 — one line of a calendar file: a date that differs from the plain Monday-to-Friday week.
 *
 * @param date the date
 * @param kind holiday (day off) or workday (make-up working day)
 * @param label the holiday name for a holiday (e.g. {@code 春节}); a free description for a workday
 * @param source the file or resource the line came from, for error messages
 * @param lineNumber the 1-based line number in {@code source}
 */
record CalendarEntry(LocalDate date, EntryKind kind, String label, String source, int lineNumber) {

    CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
    }

    /** Whether the date is a working day according to this entry. */
    boolean isWorkingDay() {
        return kind == EntryKind.WORKDAY;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
