package cn.shuangsuiji.calendar;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.HexFormat;
import java.util.Objects;

/**
 * 官方年度节假日安排（版本） — one version of a year's official schedule (国务院办公厅关于XXXX年部分节假日安排的通知) in
 * the calendar file format ({@code <yyyy-MM-dd> <holiday|workday> <label>}, see the module README), as loaded
 * through the admin API or a file. Checked when it is made: a wrong line fails with {@link InvalidCalendarData}
 * naming {@code source} and the line.
 *
 * <p>Versions count from 1 per year; a later version replaces an earlier one (a corrected notice), an earlier or
 * equal one is ignored by a {@linkplain WorkingDayCalendar#adopt live calendar}.
 *
 * @param year    the year the notice is for
 * @param version the version, {@code >= 1}
 * @param text    the schedule in the calendar file format
 * @param source  where it came from, for error messages (e.g. {@code api:2027 v1})
 */
public record OfficialSchedule(Year year, int version, String text, String source) {

    public OfficialSchedule {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        if (!StatutoryHolidays.supports(year.getValue())) {
            throw new InvalidCalendarData(source, 0, "year " + year + " is outside 1901–2099");
        }
        parse(year, source, text);
    }

    /** The number of dated lines (days off and make-up working days). */
    public int entryCount() {
        return parse(year, source, text).entries().size();
    }

    /** SHA-256 of the text (UTF-8), hex: tells two uploads of the same notice apart from a correction. */
    public String sha256() {
        return sha256(text);
    }

    /** SHA-256 of {@code text} (UTF-8), hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    /**
     * The first day a deadline can be changed by this year's schedule: 1 December of the year before, because a
     * notice's New Year's Day (元旦) arrangement can reach back into December.
     */
    public LocalDate affectsFrom() {
        return year.minusYears(1).atMonthDay(MonthDay.of(12, 1));
    }

    /** The last day this year's schedule can change: 31 December of the year. */
    public LocalDate affectsTo() {
        return year.atMonthDay(MonthDay.of(12, 31));
    }

    ScheduleFile file() {
        return parse(year, source, text);
    }

    private static ScheduleFile parse(Year year, String source, String text) {
        return ScheduleFileParser.parse(year, source, new BufferedReader(new StringReader(text)));
    }
}
