package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import java.util.List;
import java.util.Objects;

/**
 * 发布年度节假日安排 — load (a new version of) a year's official schedule.
 *
 * @param year     the year, 1901–2099
 * @param schedule the schedule in the calendar file format (calendar/README.md)
 * @param notice   the notice's title or URL, optional, at most 500 characters
 * @param actor    the caller (a platform administrator)
 */
public record PublishCalendarYearCommand(int year, String schedule, String notice, Actor actor) {

    public static final int MAX_SCHEDULE_CHARS = 20_000;

    public PublishCalendarYearCommand {
        Objects.requireNonNull(actor, "actor");
        if (year < 1901 || year > 2099) {
            throw DomainProblem.invalid("CALENDAR_YEAR_INVALID", "年度应在 1901 至 2099 之间",
                    List.of(new FieldProblem("year", "CALENDAR_YEAR_INVALID", "年度应在 1901 至 2099 之间")));
        }
        if (schedule == null || schedule.isBlank()) {
            throw DomainProblem.invalid("CALENDAR_SCHEDULE_REQUIRED", "节假日安排不能为空",
                    List.of(new FieldProblem("schedule", "CALENDAR_SCHEDULE_REQUIRED", "节假日安排不能为空")));
        }
        if (schedule.length() > MAX_SCHEDULE_CHARS) {
            throw DomainProblem.invalid("CALENDAR_SCHEDULE_TOO_LONG", "节假日安排过长",
                    List.of(new FieldProblem("schedule", "CALENDAR_SCHEDULE_TOO_LONG",
                            "节假日安排不得超过 " + MAX_SCHEDULE_CHARS + " 个字符")));
        }
        notice = notice == null || notice.isBlank() ? null : notice.strip();
        if (notice != null && notice.length() > 500) {
            throw DomainProblem.invalid("CALENDAR_NOTICE_TOO_LONG", "通知名称过长",
                    List.of(new FieldProblem("notice", "CALENDAR_NOTICE_TOO_LONG", "通知名称或网址不得超过 500 个字符")));
        }
    }
}
