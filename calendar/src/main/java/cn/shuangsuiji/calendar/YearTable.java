package cn.shuangsuiji.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * 年度工作日表 — the working days of one covered year, precomputed: a bit per day and a running
 * count, so that counting and stepping over working days cost a lookup or a binary search
 * instead of a walk over the days. Immutable.
 */
final class YearTable {

    private final Year year;
    private final BitSet workingDays;
    /** {@code cumulative[d]} = number of working days on days-of-year {@code 1..d}. */
    private final int[] cumulative;
    private final Map<LocalDate, String> holidayNames;

    /**
     * @param year the year
     * @param entries the entries of all loaded files; those for dates of other years are ignored
     */
    YearTable(Year year, Map<LocalDate, CalendarEntry> entries) {
        this.year = Objects.requireNonNull(year, "year");
        int length = year.length();
        this.workingDays = new BitSet(length + 1);
        this.cumulative = new int[length + 1];
        LocalDate date = year.atDay(1);
        for (int day = 1; day <= length; day++, date = date.plusDays(1)) {
            CalendarEntry entry = entries.get(date);
            boolean working = entry == null ? !CalendarEntry.isWeekend(date) : entry.isWorkingDay();
            workingDays.set(day, working);
            cumulative[day] = cumulative[day - 1] + (working ? 1 : 0);
        }
        this.holidayNames = entries.values().stream()
                .filter(entry -> entry.kind() == EntryKind.HOLIDAY && entry.date().getYear() == year.getValue())
                .collect(Collectors.toUnmodifiableMap(CalendarEntry::date, CalendarEntry::label));
    }

    Year year() {
        return year;
    }

    int length() {
        return cumulative.length - 1;
    }

    boolean isWorkingDay(int dayOfYear) {
        return workingDays.get(dayOfYear);
    }

    /** Working days on days-of-year {@code 1..dayOfYear}; {@code dayOfYear} may be 0. */
    int workingDaysThrough(int dayOfYear) {
        return cumulative[dayOfYear];
    }

    int totalWorkingDays() {
        return cumulative[length()];
    }

    /** The {@code k}-th working day of the year, {@code 1 <= k <= totalWorkingDays()}. */
    LocalDate workingDayNumber(int k) {
        if (k < 1 || k > totalWorkingDays()) {
            throw new IllegalArgumentException("working day " + k + " of " + year);
        }
        // Lower bound: the first day whose running count reaches k is the k-th working day.
        int low = 1;
        int high = length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < k) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return year.atDay(low);
    }

    String holidayName(LocalDate date) {
        return holidayNames.get(date);
    }
}
