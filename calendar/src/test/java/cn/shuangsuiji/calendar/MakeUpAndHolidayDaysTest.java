package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** isWorkingDay and holidayName on real days of the bundled calendar. */
class MakeUpAndHolidayDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "{0} ({1}) is a make-up working day")
    @CsvSource({
        "2024-02-04, SUNDAY",    // 春节调休
        "2024-02-18, SUNDAY",    // 春节调休
        "2024-05-11, SATURDAY",  // 劳动节调休
        "2024-09-29, SUNDAY",    // 国庆节调休
        "2023-04-23, SUNDAY",    // 劳动节调休
        "2023-10-07, SATURDAY",  // 国庆节调休, two in a row
        "2023-10-08, SUNDAY",
        "2025-01-26, SUNDAY",    // 春节调休
        "2025-10-11, SATURDAY",  // 国庆节调休
        "2026-01-04, SUNDAY",    // 元旦调休
        "2018-12-29, SATURDAY",  // set by the 2019 notice, in December 2018
    })
    void weekendMakeUpDayIsAWorkingDay(LocalDate date, DayOfWeek dayOfWeek) {
        assertThat(date.getDayOfWeek()).isEqualTo(dayOfWeek);
        assertThat(calendar.isWorkingDay(date)).isTrue();
        assertThat(calendar.holidayName(date)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}, not a working day")
    @CsvSource({
        "2024-01-01, 元旦",
        "2024-02-12, 春节",
        "2024-02-16, 春节",
        "2024-04-04, 清明节",
        "2024-05-01, 劳动节",
        "2024-06-10, 端午节",
        "2024-09-16, 中秋节",
        "2024-10-07, 国庆节",
        "2025-01-28, 春节",   // 除夕 became a holiday in 2025
        "2025-10-06, 中秋节", // Mid-Autumn inside the National Day week
        "2025-10-08, 国庆节",
        "2020-01-31, 春节",   // 2020 Spring Festival extended by a second notice
        "2018-12-31, 元旦",   // Monday off, set by the 2019 notice
        "2017-01-02, 元旦",
    })
    void weekdayHolidayIsNotAWorkingDay(LocalDate date, String name) {
        assertThat(date.getDayOfWeek()).isLessThan(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(date)).isFalse();
        assertThat(calendar.holidayName(date)).contains(name);
    }

    @Test
    void saturdayFirstPlannedAsMakeUpDayWasCancelledByTheExtensionIn2020() {
        LocalDate saturday = LocalDate.of(2020, 2, 1);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.holidayName(saturday)).contains("春节");
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    }

    @Test
    void weekendInsideAHolidayPeriodIsNamed() {
        assertThat(calendar.holidayName(LocalDate.of(2024, 2, 10))).contains("春节");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 10))).isFalse();
    }

    @Test
    void ordinaryWeekendIsNotAWorkingDayAndOrdinaryWeekdayIs() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();   // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 10))).isFalse();  // Sunday
        assertThat(calendar.holidayName(LocalDate.of(2024, 3, 10))).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 11))).isTrue();   // Monday
        assertThat(calendar.holidayName(LocalDate.of(2024, 3, 11))).isEmpty();
    }

    @Test
    void chuxiWasAWorkingDayIn2024() {
        // 2024-02-09, Friday, 除夕: not in the 2024 holiday period.
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
    }
}
