package cn.shuangsuiji.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 日历文件解析 — reads one calendar file, {@code <year>.txt}, and checks every line.
 *
 * <p>Format, one entry per line: {@code <yyyy-MM-dd> <holiday|workday> <label>}; fields separated
 * by spaces or tabs; {@code #} starts a comment; blank lines are ignored. Rules, each failing with
 * {@link InvalidCalendarData} naming the file and line:
 * <ul>
 *   <li>the date is ISO {@code yyyy-MM-dd} and lies in the file's year or in December of the
 *       year before (a New Year's Day arrangement);</li>
 *   <li>the kind is {@code holiday} or {@code workday}, and a label follows;</li>
 *   <li>a {@code workday} falls on a Saturday or Sunday (other days are working days anyway);</li>
 *   <li>no date is listed twice.</li>
 * </ul>
 */
final class ScheduleFileParser {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.txt");
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+)(?:\\s+(.*))?");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScheduleFileParser() {
    }

    /**
     * The year a calendar file is for, from its name {@code <yyyy>.txt}.
     *
     * @throws InvalidCalendarData if the name is not of that form
     */
    static Year yearOfFileName(String fileName, String source) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new InvalidCalendarData(source, 0,
                    "a calendar file must be named <yyyy>.txt, e.g. 2027.txt, not '" + fileName + "'");
        }
        return Year.of(Integer.parseInt(matcher.group(1)));
    }

    /** Parses and checks a whole file; closes nothing (the caller owns the reader). */
    static ScheduleFile parse(Year year, String source, BufferedReader reader) {
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        LocalDate earliest = year.minusYears(1).atMonthDay(MonthDay.of(12, 1));
        LocalDate latest = year.atMonthDay(MonthDay.of(12, 31));
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                    line = line.substring(1);
                }
                String content = stripComment(line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                CalendarEntry entry = parseLine(content, source, lineNumber);
                if (entry.date().isBefore(earliest) || entry.date().isAfter(latest)) {
                    throw new InvalidCalendarData(source, lineNumber, "date " + entry.date()
                            + " is outside " + year + " (only " + earliest + " to " + latest
                            + " may appear in " + year + ".txt)");
                }
                Integer earlier = lineOfDate.putIfAbsent(entry.date(), lineNumber);
                if (earlier != null) {
                    throw new InvalidCalendarData(source, lineNumber,
                            "date " + entry.date() + " is listed twice (first on line " + earlier + ")");
                }
                entries.add(entry);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidCalendarData(source, lineNumber + 1, "cannot read: not valid UTF-8 (" + e + ")", e);
        } catch (IOException e) {
            throw new InvalidCalendarData(source, lineNumber + 1, "cannot read: " + e, e);
        }
        return new ScheduleFile(year, source, entries);
    }

    private static CalendarEntry parseLine(String content, String source, int lineNumber) {
        Matcher matcher = LINE.matcher(content);
        if (!matcher.matches()) {
            throw new InvalidCalendarData(source, lineNumber,
                    "expected '<yyyy-MM-dd> <holiday|workday> <label>' but found '" + content + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarData(source, lineNumber,
                    "'" + matcher.group(1) + "' is not a date in the form yyyy-MM-dd", e);
        }
        EntryKind kind = EntryKind.fromKeyword(matcher.group(2)).orElseThrow(() ->
                new InvalidCalendarData(source, lineNumber,
                        "'" + matcher.group(2) + "' is neither 'holiday' nor 'workday'"));
        String label = matcher.group(3) == null ? "" : matcher.group(3).strip();
        if (label.isEmpty()) {
            throw new InvalidCalendarData(source, lineNumber,
                    "missing label after '" + kind.keyword() + "' (e.g. 春节)");
        }
        if (kind == EntryKind.WORKDAY && !CalendarEntry.isWeekend(date)) {
            throw new InvalidCalendarData(source, lineNumber, "workday " + date + " is a "
                    + date.getDayOfWeek() + "; only a Saturday or Sunday can be a make-up working day");
        }
        return new CalendarEntry(date, kind, label, source, lineNumber);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
