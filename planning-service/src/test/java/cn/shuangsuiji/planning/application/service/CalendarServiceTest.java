package cn.shuangsuiji.planning.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadline questions the calendar endpoint answers, on real 调休 cases. */
class CalendarServiceTest {

    private final CalendarService calendar = new CalendarService(WorkingDayCalendar.bundled().withProvisionalYears());

    @Test
    void aSaturdayMakeUpDayIsAWorkingDay() {
        LocalDate saturday = LocalDate.of(2024, 9, 14); // 中秋节调休
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 21))).isFalse();
        assertThat(calendar.deadline(LocalDate.of(2024, 9, 13), 1)).extracting("due").isEqualTo(saturday);
    }

    @Test
    void aDeadlineCrossesTheSpringFestival() {
        assertThat(calendar.holidayName(LocalDate.of(2024, 2, 12))).contains("春节");
        assertThat(calendar.deadline(LocalDate.of(2024, 2, 8), 5).due()).isEqualTo(LocalDate.of(2024, 2, 21));
    }

    @Test
    void aDeadlineCrossesNationalDay() {
        assertThat(calendar.deadline(LocalDate.of(2024, 9, 30), 1).due()).isEqualTo(LocalDate.of(2024, 10, 8));
        // 8, 9, 10, 11 October, Saturday 12 October (国庆节调休), 14, 15 October
        assertThat(calendar.deadline(LocalDate.of(2024, 9, 30), 7).due()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8))).isEqualTo(1);
    }

    @Test
    void anUnannouncedYearIsProvisionalAndOnlyAYearBeyondTheComputableRangeIsAProblem() {
        assertThat(calendar.deadline(LocalDate.of(2030, 1, 2), 3).provisional()).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2030, 1, 2))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2024, 1, 2))).isFalse();
        assertThat(calendar.makeUpWorkdayLabel(LocalDate.of(2024, 9, 14))).contains("中秋节调休");
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2100, 1, 4), 3))
                .extracting("code").isEqualTo("CALENDAR_YEAR_NOT_COVERED");
    }

    @Test
    void aNegativeOrHugeCountIsBadInput() {
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2024, 1, 2), -1))
                .extracting("code").isEqualTo("CALENDAR_WORKING_DAYS_INVALID");
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2024, 1, 2), 100_000))
                .extracting("code").isEqualTo("CALENDAR_WORKING_DAYS_INVALID");
    }
}
