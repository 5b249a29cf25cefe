package cn.shuangsuiji.inspection.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    @Test
    void theSpringFestivalMakeUpSaturdayCountsAndTheHolidayDoesNot() {
        // Thu 12 Feb 2026: Fri 13 (1), Sat 14 make-up working day (2), 15–23 Feb holiday, 24 (3), 25 (4), 26 (5)
        DueDates due = DueDates.after(LocalDate.of(2026, 2, 12), PolicyTerms.DEFAULT, CALENDAR);
        assertThat(due.resultEntry()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(LocalDate.of(2026, 2, 12).plusDays(5)).as("never calendar days").isNotEqualTo(due.resultEntry());
    }

    @Test
    void aPlanMayGiveOtherWorkingDays() {
        DueDates due = DueDates.after(LocalDate.of(2026, 6, 1), new PolicyTerms(2, 3, 5, 10), CALENDAR);
        assertThat(due.resultEntry()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(due.of(DeadlineKind.VIOLATION_REFERRAL)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(due.of(DeadlineKind.RESULT_PUBLICATION)).isEqualTo(CALENDAR.addWorkingDays(LocalDate.of(2026, 6, 1),
                10));
    }

    @Test
    void policyTermsNeverFallBelowTwoInspectorsOrToZeroDays() {
        PolicyTerms terms = new PolicyTerms(1, 0, 0, 0);
        assertThat(terms).isEqualTo(PolicyTerms.DEFAULT);
        assertThat(new PolicyTerms(3, 5, 7, 20).minInspectorsOnSite()).isEqualTo(3);
    }
}
