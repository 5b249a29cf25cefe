package cn.shuangsuiji.inspection.domain.record;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 期限 — a part's due dates, counted in working days from the check date with the official calendar (调休 included),
 * never as calendar days.
 */
public record DueDates(LocalDate resultEntry, LocalDate violationReferral, LocalDate resultPublication) {

    public DueDates {
        Objects.requireNonNull(resultEntry, "resultEntry");
        Objects.requireNonNull(violationReferral, "violationReferral");
        Objects.requireNonNull(resultPublication, "resultPublication");
    }

    /** The due dates of a check on {@code checkDate} under the policy. */
    public static DueDates after(LocalDate checkDate, PolicyTerms policy, WorkingDayCalendar calendar) {
        return new DueDates(calendar.addWorkingDays(checkDate, policy.resultEntryWorkingDays()),
                calendar.addWorkingDays(checkDate, policy.violationReferralWorkingDays()),
                calendar.addWorkingDays(checkDate, policy.resultPublicationWorkingDays()));
    }

    public LocalDate of(DeadlineKind kind) {
        return switch (kind) {
            case RESULT_ENTRY -> resultEntry;
            case VIOLATION_REFERRAL -> violationReferral;
            case RESULT_PUBLICATION -> resultPublication;
        };
    }
}
