package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.calendar.InvalidCalendarData;
import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.planning.application.port.in.PublishCalendarYear;
import cn.shuangsuiji.planning.application.port.in.PublishCalendarYearCommand;
import cn.shuangsuiji.planning.application.port.out.CalendarYearRepository;
import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 发布年度节假日安排 — the planning service owns the official schedules: it checks the text, stores it as the year's
 * next version, records the audit entry and publishes {@link CalendarYearPublished} in one transaction, and after
 * commit its own live calendar adopts it. Uploading the newest version's text again changes nothing.
 */
@Service
class PublishCalendarYearService implements PublishCalendarYear {

    private final CalendarYearRepository years;
    private final WorkingDayCalendar calendar;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    PublishCalendarYearService(CalendarYearRepository years, WorkingDayCalendar calendar, EventPublisher events,
                               AuditTrail audit, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome publish(PublishCalendarYearCommand command) {
        command.actor().require(Role.PLATFORM_ADMIN);
        Optional<OfficialCalendarYear> latest = years.latest(command.year());
        if (latest.isPresent() && latest.get().sameScheduleAs(command.schedule())) {
            return new Outcome(latest.get(), false);
        }
        int version = latest.map(OfficialCalendarYear::version).orElse(0) + 1;
        OfficialSchedule checked = check(command, version);
        OfficialCalendarYear stored = OfficialCalendarYear.next(latest.orElse(null), checked, command.notice(),
                command.actor().subject(), clock.instant());
        years.insert(stored);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", stored.year());
        after.put("version", stored.version());
        after.put("sha256", stored.sha256());
        after.put("entries", stored.entries());
        Map<String, Object> before = latest.<Map<String, Object>>map(v -> Map.of("version", v.version(),
                "sha256", v.sha256())).orElse(null);
        audit.record(command.actor(), "calendar.publish", "CalendarYear", String.valueOf(stored.year()), null,
                before, after);
        events.publish(new CalendarYearPublished(UUID.randomUUID(), stored.publishedAt(), stored.year(),
                stored.version(), stored.schedule(), stored.sha256(), stored.notice(), stored.publishedBy()));
        adoptAfterCommit(checked);
        return new Outcome(stored, true);
    }

    private void adoptAfterCommit(OfficialSchedule schedule) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.adopt(schedule);
                }
            });
        } else {
            calendar.adopt(schedule);
        }
    }

    private static OfficialSchedule check(PublishCalendarYearCommand command, int version) {
        try {
            return new OfficialSchedule(Year.of(command.year()), version, command.schedule(), "schedule");
        } catch (InvalidCalendarData e) {
            String where = e.lineNumber() > 0 ? "第 " + e.lineNumber() + " 行" : "节假日安排";
            throw DomainProblem.invalid("CALENDAR_SCHEDULE_INVALID", where + "不符合日历格式",
                    List.of(new FieldProblem(e.lineNumber() > 0 ? "schedule[line " + e.lineNumber() + "]" : "schedule",
                            "CALENDAR_SCHEDULE_INVALID", where + "无效：每行应为“yyyy-MM-dd holiday|workday 名称”，日期在 "
                            + (command.year() - 1) + "-12-01 至 " + command.year() + "-12-31 之间且不重复，"
                            + "调休上班日（workday）须为周六或周日")));
        }
    }
}
