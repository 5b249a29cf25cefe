package cn.shuangsuiji.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 期限 — a date {@code workingDays} working days after {@code start}, and whether it rests on a provisional year
 * (no State Council notice loaded yet: 调休 unknown). A provisional deadline is shown as such and recomputed when
 * the notice is loaded; {@link #movedBy(WorkingDayCalendar)} tells whether it changes.
 *
 * @param start            the day the period starts from (not counted)
 * @param workingDays      the number of working days
 * @param due              the deadline
 * @param provisionalYears the provisional years between {@code start} and {@code due}; empty for a final deadline
 */
public record Deadline(LocalDate start, int workingDays, LocalDate due, SortedSet<Year> provisionalYears) {

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** Whether any year it looked at was provisional. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /** The same deadline computed again with {@code calendar} (e.g. after a notice was loaded). */
    public Deadline recompute(WorkingDayCalendar calendar) {
        return calendar.deadline(start, workingDays);
    }

    /** Whether recomputing with {@code calendar} gives another date. */
    public boolean movedBy(WorkingDayCalendar calendar) {
        return !recompute(calendar).due().equals(due);
    }
}
