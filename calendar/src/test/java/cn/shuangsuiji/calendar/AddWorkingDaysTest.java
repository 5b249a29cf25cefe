package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** addWorkingDays and nextWorkingDay: deadlines over real holidays (expected values checked by hand against the notices). */
class AddWorkingDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Spring Festival 2024: 2/9 (Fri, 除夕) works, 2/10-17 off, 2/18 (Sun) make-up day.
        "2024-02-08,  5, 2024-02-21",
        "2024-02-09,  1, 2024-02-18",
        // National Day 2024: 10/1-7 off; 9/29 (Sun) and 10/12 (Sat) make-up days.
        "2024-09-30,  1, 2024-10-08",
        "2024-09-28,  1, 2024-09-29",
        // National Day + Mid-Autumn 2025: 10/1-8 off, 10/11 (Sat) make-up day.
        "2025-09-30,  7, 2025-10-16",
        // 2023: 9/29-10/6 off, 10/7 and 10/8 (Sat, Sun) make-up days.
        "2023-09-28,  7, 2023-10-13",
        "2023-09-28, 20, 2023-11-01",
        // New Year.
        "2023-12-29,  1, 2024-01-02",
        "2024-12-31,  1, 2025-01-02",
        "2017-01-01,  1, 2017-01-03",
        // Weekend: Friday + 1 = Monday; Friday before Dragon Boat Monday + 1 = Tuesday.
        "2024-03-08,  1, 2024-03-11",
        "2024-06-07,  1, 2024-06-11",
        // Make-up Saturday right after a Friday.
        "2024-05-10,  1, 2024-05-11",
        // Year boundary, crossing New Year's Day and the 2025 Spring Festival (26 Jan make-up Sunday).
        "2024-12-31, 20, 2025-02-05",
        // Make-up Saturday in December set by the next year's notice.
        "2018-12-28,  1, 2018-12-29",
        // 2020 Spring Festival as extended: first working day 2020-02-03.
        "2020-01-23,  1, 2020-02-03",
        "2020-01-31,  5, 2020-02-07",
        "2026-09-30,  5, 2026-10-13",
    })
    void deadline(LocalDate start, int workingDays, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, workingDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + 0 working days = {1}")
    @CsvSource({
        "2024-03-11, 2024-03-11", // working day: itself
        "2024-02-04, 2024-02-04", // make-up Sunday: itself
        "2024-02-03, 2024-02-04", // Saturday before a make-up Sunday
        "2024-02-10, 2024-02-18", // first day of Spring Festival
        "2024-10-01, 2024-10-08",
    })
    void zeroWorkingDaysGivesTheDayItselfOrTheNextWorkingDay(LocalDate start, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, 0)).isEqualTo(expected);
    }

    @Test
    void nextWorkingDayExcludesTheDayItself() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 3, 11))).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 1, 24))).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 10, 1))).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void countsAcrossAllBundledYearsWithoutWalkingDayByDay() {
        LocalDate beforeFirst = LocalDate.of(2016, 12, 31);
        int all = calendar.workingDaysBetween(beforeFirst, LocalDate.of(2026, 12, 31));
        assertThat(all).isEqualTo(2493);
        assertThat(calendar.addWorkingDays(beforeFirst, all)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.addWorkingDays(beforeFirst, 1)).isEqualTo(LocalDate.of(2017, 1, 3));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 3, 11), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
