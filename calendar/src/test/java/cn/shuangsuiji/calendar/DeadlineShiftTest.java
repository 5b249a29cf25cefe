package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Recomputing stored deadlines when a provisional year is replaced by its notice. */
class DeadlineShiftTest {

    private final WorkingDayCalendar provisional = WorkingDayCalendar.bundled().withProvisionalYears();
    private final OfficialSchedule notice =
            new OfficialSchedule(Year.of(2027), 1, LiveCalendarTest.NOTICE_2027, "test:2027 v1");
    private final WorkingDayCalendar official = provisional.withOfficialYear(notice);

    @Test
    void aDeadlineAcrossTheLongerSpringFestivalMoves() {
        LocalDate start = LocalDate.of(2027, 2, 1);
        LocalDate due = provisional.addWorkingDays(start, 5);

        assertThat(DeadlineShift.moved(start, due, provisional, official)).contains(LocalDate.of(2027, 2, 16));
    }

    @Test
    void aDeadlineTheNoticeDoesNotTouchStays() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        LocalDate due = provisional.addWorkingDays(start, 20);

        assertThat(DeadlineShift.moved(start, due, provisional, official)).isEmpty();
    }

    @Test
    void aDeadlineFromDecember2026IntoTheNewYearIsCountedWithBothYears() {
        LocalDate start = LocalDate.of(2026, 12, 25);
        LocalDate due = provisional.addWorkingDays(start, 30);

        LocalDate expected = official.addWorkingDays(start, 30);
        assertThat(DeadlineShift.moved(start, due, provisional, official))
                .isEqualTo(expected.equals(due) ? java.util.Optional.empty() : java.util.Optional.of(expected));
        assertThat(provisional.deadline(start, 30).provisionalYears()).containsExactly(Year.of(2027));
        assertThat(official.deadline(start, 30).provisional()).isFalse();
    }

    @Test
    void theWindowAScheduleCanChangeStartsInTheDecemberBefore() {
        assertThat(notice.affectsFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(notice.affectsTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(notice.entryCount()).isEqualTo(10);
        assertThat(notice.sha256()).hasSize(64);
    }
}
