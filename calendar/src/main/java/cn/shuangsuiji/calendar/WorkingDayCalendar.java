package cn.shuangsuiji.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 工作日历 — China's official working-day calendar: Monday to Friday, minus public holidays
 * (法定节假日), plus the weekend days made working days by the State Council's yearly notice
 * (调休上班日). Used for deadlines counted in working days (rules.md §5: results within 5,
 * referral within 7, publication within 20 working days after the check).
 *
 * <p><b>Coverage.</b> The calendar covers the years for which a schedule file is loaded: the
 * bundled years (2017–2026) plus any year added through an extra directory. Every operation that
 * needs to look at a date in a year that is not covered throws {@link CalendarYearNotCovered}
 * instead of guessing; {@link #coveredYears()} tells which years are available.
 *
 * <p><b>Loading.</b> {@link #bundled()} uses only the bundled files; {@link #load(Path)} adds
 * every {@code <yyyy>.txt} in a directory, a file for a bundled year replacing that year;
 * {@link #fromEnvironment()} takes that directory from {@value #DIRECTORY_SETTING}. Bad data
 * fails the load with {@link InvalidCalendarData} naming the file and line.
 *
 * <p>Instances are immutable and thread-safe; look-ups use precomputed per-year tables. The one exception is a
 * {@linkplain #live live calendar} (what {@link #fromEnvironment()} gives a service): it answers with an immutable
 * calendar that it swaps when an official schedule is {@linkplain #adopt adopted}, so a year announced while the
 * service runs is used without a restart.
 */
public final class WorkingDayCalendar {

    /**
     * Name of the system property, or else environment variable, holding an extra calendar
     * directory for {@link #fromEnvironment()}.
     */
    public static final String DIRECTORY_SETTING = "SSJ_CALENDAR_DIR";

    private final Map<Year, ScheduleFile> files;
    private final SortedSet<Year> coveredYears;
    private final Map<Integer, YearTable> tables;
    private final Map<LocalDate, CalendarEntry> entries;
    /** Whether years without a notice fall back to a provisional year (see {@link StatutoryHolidays}). */
    private final boolean provisionalFallback;
    private final Map<Integer, YearTable> provisionalTables = new ConcurrentHashMap<>();
    /** Set only on a live calendar: every question is answered by its current calendar. */
    private final Live live;

    private WorkingDayCalendar(Map<Year, ScheduleFile> files, boolean provisionalFallback) {
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
        this.entries = Collections.unmodifiableMap(mergeEntries(this.files));
        this.provisionalFallback = provisionalFallback;
        Map<Integer, YearTable> byYear = new HashMap<>();
        for (Year year : coveredYears) {
            byYear.put(year.getValue(), new YearTable(year, entries));
        }
        this.tables = Map.copyOf(byYear);
        this.live = null;
    }

    private WorkingDayCalendar(Live live) {
        this.files = Map.of();
        this.coveredYears = Collections.emptySortedSet();
        this.entries = Map.of();
        this.provisionalFallback = false;
        this.tables = Map.of();
        this.live = live;
    }

    /**
     * 实时日历 — a calendar that starts as {@code initial} and {@linkplain #adopt adopts} official schedules published
     * while the service runs, without a restart. Each question is answered by one immutable calendar (the one
     * current when it was asked); {@link #snapshot()} gives that calendar, e.g. to compare before and after.
     */
    public static WorkingDayCalendar live(WorkingDayCalendar initial) {
        Objects.requireNonNull(initial, "initial");
        return new WorkingDayCalendar(new Live(initial.snapshot()));
    }

    /** Whether this calendar {@linkplain #adopt adopts} schedules (made by {@link #live} or {@link #fromEnvironment}). */
    public boolean isLive() {
        return live != null;
    }

    /** The immutable calendar answering now: itself unless live. */
    public WorkingDayCalendar snapshot() {
        return live == null ? this : live.current;
    }

    /**
     * The version of {@code year}'s official schedule adopted by this live calendar; 0 when none was adopted (the
     * year is bundled, read from a file at start, or provisional).
     */
    public int adoptedVersion(Year year) {
        requireLive();
        return live.versions.getOrDefault(year, 0);
    }

    /**
     * Adopts {@code schedule} for its year when its version is newer than the adopted one: from then on every
     * question about that year is answered by it (a provisional year becomes official). Idempotent: an equal or
     * older version changes nothing.
     *
     * @return whether the calendar changed
     * @throws IllegalStateException if this calendar is not live
     */
    public boolean adopt(OfficialSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        requireLive();
        synchronized (live) {
            if (schedule.version() <= live.versions.getOrDefault(schedule.year(), 0)) {
                return false;
            }
            live.current = live.current.withOfficialYear(schedule);
            live.versions.put(schedule.year(), schedule.version());
            return true;
        }
    }

    /**
     * This calendar with {@code schedule} as the official schedule of its year, replacing a provisional or earlier
     * official one (immutable; a live calendar answers with its current calendar changed).
     */
    public WorkingDayCalendar withOfficialYear(OfficialSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        WorkingDayCalendar base = snapshot();
        Map<Year, ScheduleFile> updated = new LinkedHashMap<>(base.files);
        updated.remove(schedule.year());
        updated.put(schedule.year(), schedule.file());
        return new WorkingDayCalendar(updated, base.provisionalFallback);
    }

    private void requireLive() {
        if (live == null) {
            throw new IllegalStateException("not a live calendar: use WorkingDayCalendar.live(...)");
        }
    }

    /** The state of a live calendar. */
    private static final class Live {
        private volatile WorkingDayCalendar current;
        /** Adopted versions by year; guarded by this. */
        private final Map<Year, Integer> versions = new ConcurrentHashMap<>();

        Live(WorkingDayCalendar initial) {
            this.current = initial;
        }
    }

    /**
     * This calendar, but a year without a loaded notice is computed provisionally from the statutory holidays
     * ({@link StatutoryHolidays}, 1901–2099) instead of refused: deadlines keep working in the gap before the State
     * Council publishes a year's schedule, and {@link #deadline} marks them provisional.
     */
    public WorkingDayCalendar withProvisionalYears() {
        if (live != null) {
            return live.current.provisionalFallback ? this : live.current.withProvisionalYears();
        }
        return provisionalFallback ? this : new WorkingDayCalendar(files, true);
    }

    /**
     * This calendar with the official schedule of {@code year} read from {@code content} (the file format of the
     * bundled years), replacing a provisional or earlier official schedule of that year; nothing else changes.
     *
     * @throws InvalidCalendarData if the content is wrong, naming {@code source} and the line
     */
    public WorkingDayCalendar withOfficialYear(Year year, String source, java.io.Reader content) {
        if (live != null) {
            return live.current.withOfficialYear(year, source, content);
        }
        ScheduleFile file = ScheduleFileParser.parse(year, source, new java.io.BufferedReader(content));
        Map<Year, ScheduleFile> updated = new LinkedHashMap<>(files);
        updated.remove(year);
        updated.put(year, file);
        return new WorkingDayCalendar(updated, provisionalFallback);
    }

    /** Whether {@code year} is answered provisionally: no notice is loaded for it and the fallback is on. */
    public boolean isProvisional(Year year) {
        if (live != null) {
            return live.current.isProvisional(year);
        }
        return provisionalFallback && !coveredYears.contains(year) && StatutoryHolidays.supports(year.getValue());
    }

    /**
     * 期限 — {@link #addWorkingDays} with a mark that says whether any year it looked at was provisional, so the
     * deadline can be shown as such and recomputed when the notice is loaded.
     */
    public Deadline deadline(LocalDate start, int workingDays) {
        if (live != null) {
            return live.current.deadline(start, workingDays);
        }
        LocalDate due = addWorkingDays(start, workingDays);
        java.util.SortedSet<Year> provisional = new TreeSet<>();
        for (int y = start.getYear(); y <= due.getYear(); y++) {
            if (isProvisional(Year.of(y))) {
                provisional.add(Year.of(y));
            }
        }
        return new Deadline(start, workingDays, due, provisional);
    }

    /**
     * The label of a make-up working day (调休上班), e.g. {@code 春节调休上班}; empty for every other day.
     */
    public Optional<String> makeUpWorkdayLabel(LocalDate date) {
        if (live != null) {
            return live.current.makeUpWorkdayLabel(date);
        }
        Objects.requireNonNull(date, "date");
        table(date.getYear());
        CalendarEntry entry = entries.get(date);
        return entry != null && entry.kind() == EntryKind.WORKDAY ? Optional.of(entry.label()) : Optional.empty();
    }

    /** The calendar of the bundled years only (2017–2026). Shared instance. */
    public static WorkingDayCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /**
     * The bundled years plus every {@code <yyyy>.txt} file in {@code extraDirectory}; a file for a
     * year that is also bundled replaces the bundled one entirely.
     *
     * @throws InvalidCalendarData if the directory is missing or a file in it is wrong
     */
    public static WorkingDayCalendar load(Path extraDirectory) {
        Objects.requireNonNull(extraDirectory, "extraDirectory");
        Map<Year, ScheduleFile> extra = ScheduleLoader.directory(extraDirectory);
        // Bundled first, then the extra files, so that a clash is reported at the extra file.
        Map<Year, ScheduleFile> files = new LinkedHashMap<>(bundled().files);
        files.keySet().removeAll(extra.keySet());
        files.putAll(extra);
        return new WorkingDayCalendar(files, false);
    }

    /**
     * {@link #load(Path)} with the directory named by the system property
     * {@value #DIRECTORY_SETTING}, or else the environment variable of that name; {@link #bundled()}
     * if neither is set; {@linkplain #withProvisionalYears() with provisional years} for the years no notice
     * covers, so that a deadline is never refused for lack of a file; {@linkplain #live live}, so that a schedule
     * published later is {@linkplain #adopt adopted} without a restart. Meant for application start-up; a set but
     * missing directory fails.
     *
     * @throws InvalidCalendarData if the directory is missing or a file in it is wrong
     */
    public static WorkingDayCalendar fromEnvironment() {
        return live(fromSettings(System.getProperty(DIRECTORY_SETTING), System.getenv(DIRECTORY_SETTING))
                .withProvisionalYears());
    }

    static WorkingDayCalendar fromSettings(String systemProperty, String environmentVariable) {
        String directory = systemProperty != null && !systemProperty.isBlank() ? systemProperty
                : environmentVariable != null && !environmentVariable.isBlank() ? environmentVariable
                : null;
        return directory == null ? bundled() : load(Path.of(directory.strip()));
    }

    /**
     * Whether {@code date} is a working day: a Monday to Friday that is not a holiday, or a
     * weekend day listed as a make-up working day (调休上班).
     *
     * @throws CalendarYearNotCovered if the date's year is not covered
     */
    public boolean isWorkingDay(LocalDate date) {
        if (live != null) {
            return live.current.isWorkingDay(date);
        }
        Objects.requireNonNull(date, "date");
        return table(date.getYear()).isWorkingDay(date.getDayOfYear());
    }

    /**
     * The deadline {@code workingDays} working days after {@code start}: the {@code n}-th working
     * day after {@code start}, {@code start} itself not counted, whether or not it is a working day.
     * A check on Friday plus 1 working day is the next Monday, unless that is a holiday.
     *
     * <p>{@code workingDays == 0} returns {@code start} if it is a working day, else the next
     * working day.
     *
     * @param start the day the period starts from, e.g. the check date (not counted)
     * @param workingDays the number of working days, {@code >= 0}
     * @throws IllegalArgumentException if {@code workingDays < 0}
     * @throws CalendarYearNotCovered if a day from {@code start} to the result falls in a year
     *     that is not covered
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (live != null) {
            return live.current.addWorkingDays(start, workingDays);
        }
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        if (workingDays == 0) {
            return isWorkingDay(start) ? start : addWorkingDays(start, 1);
        }
        int year = start.getYear();
        int daysPassed = start.getDayOfYear();
        int remaining = workingDays;
        while (true) {
            if (daysPassed == lengthOfYear(year)) {
                year++;
                daysPassed = 0;
                continue;
            }
            YearTable table = table(year);
            int countSoFar = table.workingDaysThrough(daysPassed);
            int ahead = table.totalWorkingDays() - countSoFar;
            if (remaining <= ahead) {
                return table.workingDayNumber(countSoFar + remaining);
            }
            remaining -= ahead;
            year++;
            daysPassed = 0;
        }
    }

    /**
     * The first working day after {@code date} ({@code date} itself excluded); the same as
     * {@code addWorkingDays(date, 1)}.
     *
     * @throws CalendarYearNotCovered if a day looked at falls in a year that is not covered
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * The number of working days in {@code (from, to]}: after {@code from}, up to and including
     * {@code to}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for {@code n >= 1}.
     * If {@code to} is before {@code from} the result is negative,
     * {@code -workingDaysBetween(to, from)}; so {@code workingDaysBetween(today, deadline)} is the
     * number of working days left, negative when the deadline has passed. Equal dates give 0.
     *
     * @throws CalendarYearNotCovered if a day in the interval falls in a year that is not covered
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (live != null) {
            return live.current.workingDaysBetween(from, to);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            int after = year == from.getYear() ? from.getDayOfYear() : 0;
            int through = year == to.getYear() ? to.getDayOfYear() : lengthOfYear(year);
            if (through > after) {
                YearTable table = table(year);
                count += table.workingDaysThrough(through) - table.workingDaysThrough(after);
            }
        }
        return count;
    }

    /**
     * The name of the holiday on {@code date} as in the notice (元旦, 春节, 清明节, 劳动节, 端午节,
     * 中秋节, 国庆节), including the weekend days inside a holiday period; empty for any other day,
     * make-up working days included.
     *
     * @throws CalendarYearNotCovered if the date's year is not covered
     */
    public Optional<String> holidayName(LocalDate date) {
        if (live != null) {
            return live.current.holidayName(date);
        }
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(table(date.getYear()).holidayName(date));
    }

    /** The years this calendar covers, ascending; not necessarily consecutive. */
    public SortedSet<Year> coveredYears() {
        if (live != null) {
            return live.current.coveredYears();
        }
        return coveredYears;
    }

    @Override
    public String toString() {
        if (live != null) {
            return "live " + live.current;
        }
        return "WorkingDayCalendar[covered=" + CalendarYearNotCovered.describe(coveredYears)
                + (provisionalFallback ? ", other years provisional" : "") + "]";
    }

    private static int lengthOfYear(int year) {
        return Year.isLeap(year) ? 366 : 365;
    }

    private YearTable table(int year) {
        YearTable table = tables.get(year);
        if (table != null) {
            return table;
        }
        if (provisionalFallback && StatutoryHolidays.supports(year)) {
            return provisionalTables.computeIfAbsent(year, this::provisionalTable);
        }
        throw new CalendarYearNotCovered(Year.of(year), coveredYears);
    }

    /** A provisional year: the official entries that reach into it (a next year's December 调休) win. */
    private YearTable provisionalTable(int year) {
        Map<LocalDate, CalendarEntry> merged = new HashMap<>(entries);
        for (CalendarEntry entry : StatutoryHolidays.provisionalYear(Year.of(year)).entries()) {
            merged.putIfAbsent(entry.date(), entry);
        }
        return new YearTable(Year.of(year), merged);
    }

    /** All entries by date; the same date in two files is an error, reported at the file read later. */
    private static Map<LocalDate, CalendarEntry> mergeEntries(Map<Year, ScheduleFile> files) {
        Map<LocalDate, CalendarEntry> entries = new HashMap<>();
        for (ScheduleFile file : files.values()) {
            for (CalendarEntry entry : file.entries()) {
                CalendarEntry earlier = entries.putIfAbsent(entry.date(), entry);
                if (earlier != null) {
                    throw new InvalidCalendarData(entry.source(), entry.lineNumber(), "date " + entry.date()
                            + " is also listed in " + InvalidCalendarData.location(earlier.source(), earlier.lineNumber()));
                }
            }
        }
        return entries;
    }

    /** Lazily loaded bundled calendar. */
    private static final class Bundled {
        static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(ScheduleLoader.bundled(), false);
    }
}
