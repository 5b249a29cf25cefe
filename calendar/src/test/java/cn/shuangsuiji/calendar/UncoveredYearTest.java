package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Years without a schedule file fail loudly instead of falling back to Monday-Friday. */
class UncoveredYearTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void bundledCalendarCovers2017To2026() {
        assertThat(calendar.coveredYears()).first().isEqualTo(Year.of(2017));
        assertThat(calendar.coveredYears()).last().isEqualTo(Year.of(2026));
        assertThat(calendar.coveredYears()).hasSize(10);
        assertThat(calendar).hasToString("WorkingDayCalendar[covered=2017–2026]");
    }

    @Test
    void lookupInAnUncoveredYearNamesTheYearAndTheCoveredRange() {
        CalendarYearNotCovered error = catchThrowableOfType(CalendarYearNotCovered.class,
                () -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)));
        assertThat(error.year()).isEqualTo(Year.of(2027));
        assertThat(error.coveredYears()).containsExactlyElementsOf(calendar.coveredYears());
        assertThat(error).hasMessageContaining("2027").hasMessageContaining("2017–2026")
                .hasMessageContaining("SSJ_CALENDAR_DIR");
    }

    @Test
    void holidayNameInAnUncoveredYearThrows() {
        assertThatThrownBy(() -> calendar.holidayName(LocalDate.of(2016, 1, 1)))
                .isInstanceOf(CalendarYearNotCovered.class);
    }

    @Test
    void deadlineRunningIntoAnUncoveredYearThrows() {
        CalendarYearNotCovered error = catchThrowableOfType(CalendarYearNotCovered.class,
                () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20));
        assertThat(error.year()).isEqualTo(Year.of(2027));
        assertThatThrownBy(() -> calendar.nextWorkingDay(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(CalendarYearNotCovered.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2017, 1, 1), Integer.MAX_VALUE))
                .isInstanceOf(CalendarYearNotCovered.class);
    }

    @Test
    void deadlineInsideTheCoveredRangeNeedsOnlyTheDaysItLooksAt() {
        // The start day is not counted, so 2016-12-31 needs no 2016 data.
        assertThat(calendar.addWorkingDays(LocalDate.of(2016, 12, 31), 1)).isEqualTo(LocalDate.of(2017, 1, 3));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 0)).isEqualTo(LocalDate.of(2026, 12, 31));
        // But 2016-12-30 is followed by 2016-12-31, which is not covered.
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2016, 12, 30), 1))
                .isInstanceOf(CalendarYearNotCovered.class);
    }

    @Test
    void countOverAnUncoveredYearThrowsInBothDirections() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2016, 12, 30), LocalDate.of(2017, 1, 5)))
                .isInstanceOf(CalendarYearNotCovered.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(CalendarYearNotCovered.class);
    }

    @Test
    void coveredYearsCannotBeModified() {
        assertThatThrownBy(() -> calendar.coveredYears().add(Year.of(2030)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(calendar.coveredYears()).doesNotContain(Year.of(2030));
    }
}
