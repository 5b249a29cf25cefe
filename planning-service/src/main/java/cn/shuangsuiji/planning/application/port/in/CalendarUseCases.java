package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.calendar.Deadline;
import java.time.LocalDate;
import java.util.Optional;

/** 工作日历 — deadlines in China's official working days (rules.md §5). */
public interface CalendarUseCases {

    /**
     * The working day {@code workingDays} working days after {@code from}, marked provisional when it rests on a
     * year whose State Council notice is not loaded yet.
     */
    Deadline deadline(LocalDate from, int workingDays);

    /** Working days in (from, to]; negative when to is before from. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    boolean isWorkingDay(LocalDate date);

    Optional<String> holidayName(LocalDate date);

    /** The label of a make-up working day (调休上班), e.g. 春节调休. */
    Optional<String> makeUpWorkdayLabel(LocalDate date);

    /** Whether the date's year is computed provisionally (no notice loaded). */
    boolean isProvisional(LocalDate date);
}
