package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.application.port.in.PublishCalendarYear;
import cn.shuangsuiji.planning.application.port.in.PublishCalendarYearCommand;
import cn.shuangsuiji.planning.application.port.in.ViewCalendarYear;
import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 年度节假日安排 — the official schedule of a year (国务院办公厅关于XXXX年部分节假日安排的通知), loaded by a platform
 * administrator as JSON or as the calendar file itself (text/plain), without a restart. Every service that counts
 * working days adopts it and recomputes the deadlines it had computed provisionally.
 */
@RestController
@RequestMapping("/api/planning/calendar/years")
@Tag(name = "calendar", description = "工作日历")
class CalendarYearController {

    private final PublishCalendarYear publish;
    private final ViewCalendarYear view;

    CalendarYearController(PublishCalendarYear publish, ViewCalendarYear view) {
        this.publish = publish;
        this.view = view;
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发布某年的官方节假日安排（平台管理员）",
            description = "schedule 为日历文件格式：每行 `yyyy-MM-dd holiday|workday 名称`。与最新版本相同则不生成新版本（200），"
                    + "否则生成下一版本（201）并通知各服务重算暂定期限。")
    ResponseEntity<CalendarYearResponse> put(@PathVariable int year, @RequestBody ScheduleBody body, Actor actor) {
        if (body == null) {
            throw DomainProblem.invalid("CALENDAR_SCHEDULE_REQUIRED", "节假日安排不能为空", List.of());
        }
        return respond(publish.publish(new PublishCalendarYearCommand(year, body.schedule(), body.notice(), actor)));
    }

    @PutMapping(path = "/{year}", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "以日历文件（text/plain，如 2027.txt）发布某年的官方节假日安排（平台管理员）")
    ResponseEntity<CalendarYearResponse> putFile(@PathVariable int year, @RequestBody(required = false) String file,
                                                 @RequestParam(required = false) String notice, Actor actor) {
        return respond(publish.publish(new PublishCalendarYearCommand(year, file, notice, actor)));
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年已发布的官方节假日安排各版本（最新在后）")
    List<CalendarYearResponse> versions(@PathVariable int year, Actor actor) {
        return view.versions(year, actor).stream().map(CalendarYearResponse::of).toList();
    }

    private static ResponseEntity<CalendarYearResponse> respond(PublishCalendarYear.Outcome outcome) {
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(CalendarYearResponse.of(outcome.year()));
    }

    /**
     * The schedule to load.
     *
     * @param schedule the calendar file's text
     * @param notice   the notice's title or URL (optional)
     */
    record ScheduleBody(String schedule, String notice) {
    }

    /** One version of a year's official schedule. */
    public record CalendarYearResponse(int year, int version, String sha256, int entries, String notice,
                                       String publishedBy, Instant publishedAt, String schedule) {

        static CalendarYearResponse of(OfficialCalendarYear y) {
            return new CalendarYearResponse(y.year(), y.version(), y.sha256(), y.entries(), y.notice(),
                    y.publishedBy(), y.publishedAt(), y.schedule());
        }
    }
}
