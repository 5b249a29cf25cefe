package cn.shuangsuiji.calendar;

import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * 年度节假日安排 — one year's schedule as published in the State Council notice
 * (国务院办公厅关于XXXX年部分节假日安排的通知), read from one file.
 *
 * <p>The entries lie in {@code year}, or in December of the year before: the New Year's Day
 * (元旦) arrangement of a notice can reach back into the previous December (the 2019 notice made
 * Saturday 2018-12-29 a working day).
 *
 * @param year the year the notice is for; the calendar covers this year once the file is loaded
 * @param source the file or resource name, for error messages
 * @param entries the parsed lines, in file order, each date at most once
 */
record ScheduleFile(Year year, String source, List<CalendarEntry> entries) {

    ScheduleFile {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
    }
}
