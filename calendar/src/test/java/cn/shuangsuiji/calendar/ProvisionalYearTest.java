package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Years without a State Council notice: computed from the statutory holidays, marked provisional, replaceable. */
class ProvisionalYearTest {

    private final WorkingDayCalendar official = WorkingDayCalendar.bundled();
    private final WorkingDayCalendar calendar = official.withProvisionalYears();

    @ParameterizedTest(name = "{0}: every statutory day is a day off in the official notice")
    @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void statutoryDaysComputedFromLunarAndSolarDatesAgreeWithEveryOfficialYear(int year) {
        Map<LocalDate, String> statutory = StatutoryHolidays.statutoryDays(year);
        for (Map.Entry<LocalDate, String> day : statutory.entrySet()) {
            boolean addedIn2024Revision = day.getKey().equals(LocalDate.of(year, 5, 2))
                    || day.getKey().equals(StatutoryHolidays.lunar(year, 1, 1).minusDays(1));
            if (year < 2025 && addedIn2024Revision) {
                continue; // 除夕 and 2 May became statutory from 2025
            }
            assertThat(official.isWorkingDay(day.getKey())).as("%s %s", day.getKey(), day.getValue()).isFalse();
            assertThat(official.holidayName(day.getKey())).as("%s", day.getKey()).isPresent();
        }
        assertThat(statutory.values()).contains("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节");
    }

    @Test
    void lunarAndSolarTermDatesOf2027() {
        assertThat(StatutoryHolidays.lunar(2027, 1, 1)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(StatutoryHolidays.qingming(2027)).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(StatutoryHolidays.lunar(2027, 5, 5)).isEqualTo(LocalDate.of(2027, 6, 9));
        assertThat(StatutoryHolidays.lunar(2027, 8, 15)).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void aWeekendHolidayIsGivenBackOnTheNextWorkingDay() {
        // 2027: 除夕 Fri 5 Feb, 初一 Sat 6, 初二 Sun 7, 初三 Mon 8 → 补假 Tue 9 and Wed 10.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2027, 2, 10))).contains("春节");
        // 国庆 1–3 Oct 2027 is Fri–Sun: Sat and Sun given back on Mon 4 and Tue 5.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 6))).isTrue();
    }

    @Test
    void aDeadlineIntoAnUnannouncedYearIsComputedAndMarkedProvisional() {
        // Fri 25 Dec 2026 + 10 working days: 28–31 Dec, (Fri 1 Jan 2027 元旦), 4–8 Jan, Mon 11 Jan.
        Deadline deadline = calendar.deadline(LocalDate.of(2026, 12, 25), 10);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.provisionalYears()).containsExactly(Year.of(2027));
        assertThat(calendar.deadline(LocalDate.of(2026, 3, 2), 5).provisional()).isFalse();
        assertThat(calendar.isProvisional(Year.of(2027))).isTrue();
        assertThat(calendar.isProvisional(Year.of(2026))).isFalse();
        assertThat(calendar).hasToString("WorkingDayCalendar[covered=2017–2026, other years provisional]");
    }

    @Test
    void loadingTheNoticeRecomputesAndTellsWhichDeadlinesMoved() {
        Deadline acrossNewYear = calendar.deadline(LocalDate.of(2026, 12, 25), 10);
        Deadline inMarch = calendar.deadline(LocalDate.of(2027, 3, 1), 5);
        // A notice that also gives Mon 4 Jan off, and makes Sat 20 Feb a working day.
        String notice = """
                2027-01-01 holiday 元旦
                2027-01-02 holiday 元旦
                2027-01-03 holiday 元旦
                2027-01-04 holiday 元旦  # 调休
                2027-02-20 workday 春节调休
                """;

        WorkingDayCalendar loaded = calendar.withOfficialYear(Year.of(2027), "2027.txt", new StringReader(notice));

        assertThat(loaded.isProvisional(Year.of(2027))).isFalse();
        assertThat(acrossNewYear.movedBy(loaded)).isTrue();
        assertThat(acrossNewYear.recompute(loaded).due()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(acrossNewYear.recompute(loaded).provisional()).isFalse();
        assertThat(inMarch.movedBy(loaded)).isFalse();
        // The notice names no Spring Festival here, so February is plain weekdays in the loaded calendar.
        assertThat(loaded.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(loaded.makeUpWorkdayLabel(LocalDate.of(2027, 2, 20))).contains("春节调休");
        assertThat(loaded.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    }

    @Test
    void makeUpWorkingDaysAreNamed() {
        assertThat(official.makeUpWorkdayLabel(LocalDate.of(2026, 2, 14))).contains("春节调休");
        assertThat(official.makeUpWorkdayLabel(LocalDate.of(2026, 2, 16))).isEmpty();
        assertThat(official.makeUpWorkdayLabel(LocalDate.of(2026, 3, 3))).isEmpty();
    }

    @Test
    void theStrictCalendarStillRefusesAndFarYearsAreNeverGuessed() {
        assertThatThrownBy(() -> official.deadline(LocalDate.of(2026, 12, 25), 10))
                .isInstanceOf(CalendarYearNotCovered.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2100, 1, 4)))
                .isInstanceOf(CalendarYearNotCovered.class);
        assertThat(WorkingDayCalendar.fromSettings(null, null).withProvisionalYears().isProvisional(Year.of(2030)))
                .isTrue();
    }
}
