package cn.shuangsuiji.planning.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/** 工作日历 — deadlines in China's official working days (rules.md §5). */
public interface CalendarUseCases {

    /** The working day {@code workingDays} working days after {@code from}. */
    LocalDate deadline(LocalDate from, int workingDays);

    /** Working days in (from, to]; negative when to is before from. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    boolean isWorkingDay(LocalDate date);

    Optional<String> holidayName(LocalDate date);
}
