package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.disclosure.application.port.in.DrawFilter;
import cn.shuangsuiji.disclosure.application.port.in.DrawQueries;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.PlanFilter;
import cn.shuangsuiji.disclosure.application.port.in.PlanQueries;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抽查计划公告与抽查任务公告 — public, anonymous. */
@RestController
@Validated
@RequestMapping("/api/public")
@Tag(name = "public", description = "一公开：公示信息")
class AnnouncementController {

    private final PlanQueries plans;
    private final DrawQueries draws;

    AnnouncementController(PlanQueries plans, DrawQueries draws) {
        this.plans = plans;
        this.draws = draws;
    }

    @GetMapping("/plans")
    @Operation(summary = "抽查计划公告", description = "只含已公示的计划；按计划编号排序，nextCursor 取下一页")
    Page<PublicPlan> plans(@RequestParam(required = false) String departmentId,
                           @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "50") @Min(value = 1, message = "每页至少 1 条")
                           @Max(value = 500, message = "每页最多 500 条") int limit) {
        return plans.plans(new PlanFilter(QueryInput.text("departmentId", departmentId), year,
                QueryInput.text("kind", kind), QueryInput.date("from", from), QueryInput.date("to", to)), cursor, limit);
    }

    @GetMapping("/plans/{planId}")
    @Operation(summary = "查看抽查计划公告")
    PublicPlan plan(@PathVariable String planId) {
        return plans.plan(QueryInput.text("planId", planId));
    }

    @GetMapping("/draws")
    @Operation(summary = "抽查任务公告", description = "承诺即公示；不宜事先告知的抽查对象在检查期结束后公示")
    Page<PublicDraw> draws(@RequestParam(required = false) String planId,
                           @RequestParam(required = false) String departmentId,
                           @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "50") @Min(value = 1, message = "每页至少 1 条")
                           @Max(value = 500, message = "每页最多 500 条") int limit) {
        return draws.draws(new DrawFilter(QueryInput.text("planId", planId),
                QueryInput.text("departmentId", departmentId), year, QueryInput.date("from", from),
                QueryInput.date("to", to)), cursor, limit);
    }

    @GetMapping("/draws/{drawId}")
    @Operation(summary = "查看抽查任务公告")
    PublicDraw draw(@PathVariable String drawId) {
        return draws.draw(QueryInput.text("drawId", drawId));
    }
}
