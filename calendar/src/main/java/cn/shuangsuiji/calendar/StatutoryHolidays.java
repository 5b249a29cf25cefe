package cn.shuangsuiji.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 法定节假日推算 — a provisional schedule for a year whose State Council notice is not yet loaded, built from the
 * statutory holidays of 《全国年节及纪念日放假办法》 as revised in 2024 (in force from 2025), article 2:
 * 元旦 1 day (1 January); 春节 4 days (除夕 and 正月初一 to 初三); 清明节 1 day (the 清明 solar term); 劳动节 2 days
 * (1–2 May); 端午节 1 day (五月初五); 中秋节 1 day (八月十五); 国庆节 3 days (1–3 October). Article 6: a holiday
 * that falls on a Saturday or Sunday is given back on the following working day (补假).
 *
 * <p>What it cannot know: the notice's 调休 (weekend days made working days and the bridges they pay for). A
 * deadline computed from such a year is therefore marked provisional and recomputed when the notice is loaded.
 * Lunar dates and the 清明 solar term come from lunar-java (Beijing time), checked against every bundled official
 * year.
 */
final class StatutoryHolidays {

    /** The years for which the lunar and solar-term computations are trusted. */
    static final int FIRST_YEAR = 1901;
    static final int LAST_YEAR = 2099;

    static final String SOURCE = "provisional:全国年节及纪念日放假办法(2024)";

    private StatutoryHolidays() {
    }

    static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The statutory days off of {@code year}, by date, with their names (before 补假). */
    static Map<LocalDate, String> statutoryDays(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate newYear = lunar(year, 1, 1);
        days.put(newYear.minusDays(1), "春节");
        for (int i = 0; i < 3; i++) {
            days.put(newYear.plusDays(i), "春节");
        }
        days.put(qingming(year), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        days.put(LocalDate.of(year, 5, 2), "劳动节");
        days.put(lunar(year, 5, 5), "端午节");
        LocalDate midAutumn = lunar(year, 8, 15);
        for (int i = 1; i <= 3; i++) {
            days.put(LocalDate.of(year, 10, i), "国庆节");
        }
        // 中秋 may fall inside 国庆 (e.g. 2020-10-01): the day keeps one name and is not counted twice.
        days.putIfAbsent(midAutumn, "中秋节");
        return days;
    }

    /**
     * The provisional schedule of {@code year}: the statutory days plus, for each that falls on a weekend, the next
     * Monday-to-Friday day that is not already off (补假).
     */
    static ScheduleFile provisionalYear(Year year) {
        int y = year.getValue();
        if (!supports(y)) {
            throw new IllegalArgumentException("no provisional calendar for " + year);
        }
        Map<LocalDate, String> days = new LinkedHashMap<>(statutoryDays(y));
        List<Map.Entry<LocalDate, String>> statutory = new ArrayList<>(days.entrySet());
        statutory.sort(Map.Entry.comparingByKey());
        for (Map.Entry<LocalDate, String> day : statutory) {
            if (CalendarEntry.isWeekend(day.getKey())) {
                LocalDate back = day.getKey().plusDays(1);
                while (CalendarEntry.isWeekend(back) || days.containsKey(back)) {
                    back = back.plusDays(1);
                }
                days.put(back, day.getValue());
            }
        }
        List<CalendarEntry> entries = new ArrayList<>();
        int line = 0;
        for (Map.Entry<LocalDate, String> day : days.entrySet()) {
            // 除夕 of a lunar new year in late January or early February always lies in the same year; only dates
            // of this year are kept so that provisional years never overlap their neighbours.
            if (day.getKey().getYear() == y) {
                entries.add(new CalendarEntry(day.getKey(), EntryKind.HOLIDAY, day.getValue(), SOURCE, ++line));
            }
        }
        return new ScheduleFile(year, SOURCE + ":" + y, entries);
    }

    /** The Gregorian date of lunar month {@code month}, day {@code day} of the lunar year starting in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        Solar solar = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    /** 清明 — the day (Beijing time) the sun reaches 15° ecliptic longitude. */
    static LocalDate qingming(int year) {
        Solar solar = Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
