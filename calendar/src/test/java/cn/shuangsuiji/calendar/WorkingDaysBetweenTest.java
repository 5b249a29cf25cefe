package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** workingDaysBetween: counts (from, to], negative when reversed, consistent with addWorkingDays. */
class WorkingDaysBetweenTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "({0}, {1}] has {2} working days")
    @CsvSource({
        "2024-03-11, 2024-03-11, 0",
        "2024-03-08, 2024-03-11, 1",  // Friday to Monday
        "2024-03-11, 2024-03-15, 4",  // 'from' is not counted, 'to' is
        "2024-09-30, 2024-10-08, 1",
        "2024-02-08, 2024-02-21, 5",
        "2024-12-31, 2025-02-05, 20",
        "2024-02-10, 2024-02-17, 0",  // inside Spring Festival
        "2024-02-03, 2024-02-04, 1",  // make-up Sunday counts
    })
    void countsWorkingDaysAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void reversedIntervalIsNegative() {
        LocalDate checkDate = LocalDate.of(2024, 9, 30);
        LocalDate today = LocalDate.of(2024, 10, 10);
        LocalDate deadline = calendar.addWorkingDays(checkDate, 1);
        // Working days left until the deadline: negative when overdue.
        assertThat(calendar.workingDaysBetween(today, deadline)).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(deadline, today)).isEqualTo(2);
    }

    @Test
    void addThenBetweenGivesBackTheCountForEveryDayOf2017To2026() {
        LocalDate first = LocalDate.of(2017, 1, 1);
        LocalDate last = LocalDate.of(2026, 10, 31);
        int checked = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate walked = day;
            for (int n = 1; n <= 25; n++) {
                walked = stepToNextWorkingDay(walked);
                LocalDate deadline = calendar.addWorkingDays(day, n);
                assertThat(deadline).as("%s + %d", day, n).isEqualTo(walked);
                assertThat(calendar.workingDaysBetween(day, deadline)).as("between %s and %s", day, deadline).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(deadline, day)).isEqualTo(-n);
                checked++;
            }
            LocalDate zero = calendar.addWorkingDays(day, 0);
            assertThat(calendar.isWorkingDay(zero)).isTrue();
            assertThat(zero).isEqualTo(calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1));
        }
        assertThat(checked).isEqualTo((ChronoUnit.DAYS.between(first, last) + 1) * 25);
    }

    /** Reference: walk one day at a time. */
    private LocalDate stepToNextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
