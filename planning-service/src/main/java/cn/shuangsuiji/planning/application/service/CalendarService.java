package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.calendar.CalendarYearNotCovered;
import cn.shuangsuiji.calendar.Deadline;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.planning.application.port.in.CalendarUseCases;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** Answers working-day questions from the official calendar; years without a schedule are refused clearly. */
@Service
class CalendarService implements CalendarUseCases {

    static final int MAX_WORKING_DAYS = 1000;

    private final WorkingDayCalendar calendar;

    CalendarService(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Deadline deadline(LocalDate from, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "CALENDAR_WORKING_DAYS_INVALID", "工作日数无效",
                    "工作日数应为 0 至 " + MAX_WORKING_DAYS + "，实际为 " + workingDays);
        }
        return covered(() -> calendar.deadline(from, workingDays));
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return covered(() -> calendar.workingDaysBetween(from, to));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return covered(() -> calendar.isWorkingDay(date));
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return covered(() -> calendar.holidayName(date));
    }

    @Override
    public Optional<String> makeUpWorkdayLabel(LocalDate date) {
        return covered(() -> calendar.makeUpWorkdayLabel(date));
    }

    @Override
    public boolean isProvisional(LocalDate date) {
        return calendar.isProvisional(Year.of(date.getYear()));
    }

    private <T> T covered(Supplier<T> question) {
        try {
            return question.get();
        } catch (CalendarYearNotCovered e) {
            throw new DomainProblem(ProblemKind.INVALID, "CALENDAR_YEAR_NOT_COVERED", "该年度超出工作日历范围",
                    e.year() + " 年既无官方节假日安排，也不在可推算的年份范围内（已收录 " + range(e) + "）");
        }
    }

    private static String range(CalendarYearNotCovered e) {
        if (e.coveredYears().isEmpty()) {
            return "无";
        }
        Year first = e.coveredYears().first();
        Year last = e.coveredYears().last();
        return first + "–" + last + " 年";
    }
}
