package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.usecase.ListOverdue;
import cn.shuangsuiji.inspection.application.usecase.ScanOverdue;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 逾期清单 — overdue records per department and per joint office; the overdue scan. */
@RestController
@RequestMapping("/api/inspections/overdue")
@Tag(name = "overdue", description = "逾期清单（未按时录入视为未完成）")
class OverdueController {

    private final ListOverdue overdue;
    private final ScanOverdue scan;
    private final boolean demo;

    OverdueController(ListOverdue overdue, ScanOverdue scan,
                      @org.springframework.beans.factory.annotation.Value("${ssj.demo.enabled:false}") boolean demo) {
        this.overdue = overdue;
        this.scan = scan;
        this.demo = demo;
    }

    @Operation(summary = "本部门逾期清单")
    @GetMapping
    List<TaskSummary> ofDepartment(@RequestParam String departmentId,
                                   @RequestParam(defaultValue = "200") int limit, Actor actor) {
        return overdue.ofDepartment(departmentId, actor, limit).stream().map(TaskSummary::of).toList();
    }

    @Operation(summary = "联席办辖区逾期清单")
    @GetMapping("/joint-office")
    List<TaskSummary> ofJointOffice(@RequestParam(required = false) String jurisdiction,
                                    @RequestParam(defaultValue = "200") int limit, Actor actor) {
        return overdue.ofJointOffice(actor, jurisdiction, limit).stream().map(TaskSummary::of).toList();
    }

    @Operation(summary = "立即扫描逾期（通常每晚自动执行）；asOf 仅演示环境可用（平台管理员）")
    @PostMapping("/scan")
    Map<String, Object> scan(@RequestParam(required = false) java.time.LocalDate asOf, Actor actor) {
        actor.require(Role.PLATFORM_ADMIN, Role.SERVICE, Role.JOINT_OFFICE);
        if (asOf == null) {
            return Map.of("missedDeadlines", scan.execute(actor), "asOf", overdue.today().toString());
        }
        actor.require(Role.PLATFORM_ADMIN);
        if (!demo) {
            throw cn.shuangsuiji.inspection.domain.record.InspectionProblems.invalid("AS_OF_ONLY_IN_DEMO", "asOf",
                    "指定扫描日期仅用于演示环境（ssj.demo.enabled=true）");
        }
        return Map.of("missedDeadlines", scan.execute(actor, asOf), "asOf", asOf.toString());
    }
}
