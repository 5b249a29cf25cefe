package cn.shuangsuiji.calendar;

import java.time.Year;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 日历未覆盖年度 — a computation needed a date in a year for which no official holiday schedule
 * is loaded, so its answer would be a guess.
 *
 * <p>Thrown rather than falling back to "Monday to Friday", because a deadline computed without
 * the year's holidays and make-up working days (调休) can be silently wrong. Callers can report
 * {@link #year()} and {@link #coveredYears()}; the fix is to add the year's file (see the module
 * README, {@code SSJ_CALENDAR_DIR}).
 */
public final class CalendarYearNotCovered extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Year year;
    private final SortedSet<Year> coveredYears;

    CalendarYearNotCovered(Year year, SortedSet<Year> coveredYears) {
        super("No official working-day calendar for " + Objects.requireNonNull(year, "year")
                + " (covered years: " + describe(coveredYears) + "); add " + year
                + ".txt to the directory named by " + WorkingDayCalendar.DIRECTORY_SETTING);
        this.year = year;
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** The year that is not covered. */
    public Year year() {
        return year;
    }

    /** The years the calendar does cover, ascending. */
    public SortedSet<Year> coveredYears() {
        return coveredYears;
    }

    /** Ranges of consecutive years, e.g. {@code 2017–2026, 2099}; {@code none} if empty. */
    static String describe(SortedSet<Year> years) {
        if (years.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        Iterator<Year> iterator = years.iterator();
        Year first = iterator.next();
        Year last = first;
        while (iterator.hasNext()) {
            Year next = iterator.next();
            if (next.getValue() != last.getValue() + 1) {
                appendRange(text, first, last);
                first = next;
            }
            last = next;
        }
        appendRange(text, first, last);
        return text.toString();
    }

    private static void appendRange(StringBuilder text, Year first, Year last) {
        if (text.length() > 0) {
            text.append(", ");
        }
        text.append(first);
        if (!first.equals(last)) {
            text.append('–').append(last);
        }
    }
}
