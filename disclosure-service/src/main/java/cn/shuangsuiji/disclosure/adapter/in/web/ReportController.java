package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.MonthlyReportUseCase;
import cn.shuangsuiji.disclosure.domain.MonthlyReport;
import cn.shuangsuiji.disclosure.domain.ReportEntries;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 月报表与考核指标 — department heads (own department), the joint office (its jurisdiction), administrators. */
@RestController
@RequestMapping("/api/disclosure")
@Tag(name = "reports", description = "月报表与考核指标")
class ReportController {

    private final MonthlyReportUseCase reports;

    ReportController(MonthlyReportUseCase reports) {
        this.reports = reports;
    }

    @PutMapping("/reports/{departmentId}/{month}/entries")
    @Operation(summary = "填报月报表第一至三项（会议、文件、培训）")
    MonthlyReport enter(Actor actor, @PathVariable String departmentId, @PathVariable String month,
                        @Valid @RequestBody EntriesRequest body) {
        return reports.enter(actor, departmentId, month(month),
                new ReportEntries(body.meetings(), body.documents(), body.trainings()));
    }

    @GetMapping("/reports/{departmentId}/{month}")
    @Operation(summary = "月报表（JSON）")
    MonthlyReport report(Actor actor, @PathVariable String departmentId, @PathVariable String month) {
        return reports.report(actor, departmentId, month(month));
    }

    @GetMapping("/reports/{departmentId}/{month}/xlsx")
    @Operation(summary = "月报表（XLSX，按附件表式）")
    ResponseEntity<byte[]> reportXlsx(Actor actor, @PathVariable String departmentId, @PathVariable String month) {
        MonthlyReport report = reports.report(actor, departmentId, month(month));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"monthly-report-" + departmentId + "-"
                        + month + ".xlsx\"")
                .body(MonthlyReportXlsx.write(report));
    }

    @GetMapping("/kpis/departments/{departmentId}/{month}")
    @Operation(summary = "部门考核指标（本年累计与逐月趋势）")
    MonthlyReportUseCase.KpiReport departmentKpis(Actor actor, @PathVariable String departmentId,
                                                  @PathVariable String month) {
        return reports.departmentKpis(actor, departmentId, month(month));
    }

    @GetMapping("/kpis/jurisdictions/{regionCode}/{month}")
    @Operation(summary = "辖区考核指标（本年累计与逐月趋势）")
    MonthlyReportUseCase.KpiReport jurisdictionKpis(Actor actor, @PathVariable String regionCode,
                                                    @PathVariable String month) {
        return reports.jurisdictionKpis(actor, regionCode, month(month));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "MONTH_INVALID", "月份格式错误", "月份应为 yyyy-MM",
                    List.of(new FieldProblem("month", "MONTH_INVALID", "月份应为 yyyy-MM")));
        }
    }

    /**
     * Items 1–3 as entered.
     *
     * @param meetings  会议（名称及时间）
     * @param documents 文件（名称及文号）
     * @param trainings 培训（名称、人数、内容）
     */
    record EntriesRequest(@Size(max = 50, message = "最多 50 条") List<@Size(max = 500, message = "每条最多 500 字") String> meetings,
                          @Size(max = 50, message = "最多 50 条") List<@Size(max = 500, message = "每条最多 500 字") String> documents,
                          @Size(max = 50, message = "最多 50 条") List<@Size(max = 500, message = "每条最多 500 字") String> trainings) {
    }
}
