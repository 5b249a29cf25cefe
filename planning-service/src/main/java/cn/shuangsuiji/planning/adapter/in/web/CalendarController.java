package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.application.port.in.CalendarUseCases;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 工作日历 — deadlines counted in China's official working days (rules.md §5); any authenticated caller. */
@RestController
@RequestMapping("/api/planning/calendar")
@Tag(name = "calendar", description = "工作日历")
class CalendarController {

    private final CalendarUseCases calendar;

    CalendarController(CalendarUseCases calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/deadline")
    @Operation(summary = "期限：某日之后第 N 个工作日")
    DeadlineResponse deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam int workingDays, Actor actor) {
        actor.require(Role.values());
        var deadline = calendar.deadline(from, workingDays);
        return new DeadlineResponse(from, workingDays, deadline.due(), deadline.provisional());
    }

    @GetMapping("/working-days")
    @Operation(summary = "两日之间的工作日数（不含起始日，含结束日）")
    WorkingDaysResponse workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    Actor actor) {
        actor.require(Role.values());
        return new WorkingDaysResponse(from, to, calendar.workingDaysBetween(from, to));
    }

    @GetMapping("/is-working-day")
    @Operation(summary = "是否工作日")
    DayResponse isWorkingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             Actor actor) {
        actor.require(Role.values());
        return new DayResponse(date, calendar.isWorkingDay(date), calendar.holidayName(date).orElse(null),
                calendar.makeUpWorkdayLabel(date).orElse(null), calendar.isProvisional(date));
    }

    /**
     * The deadline; {@code provisional} when it rests on a year without a loaded State Council notice (computed
     * from the statutory holidays; it may move when the notice is loaded).
     */
    public record DeadlineResponse(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
    }

    /** Working days in (from, to]. */
    public record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays) {
    }

    /**
     * One day: the holiday's name on a day off, the 调休 label on a make-up working day, and whether the year is
     * provisional.
     */
    public record DayResponse(LocalDate date, boolean workingDay, String holiday, String makeUpWorkday,
                              boolean provisional) {
    }
}
