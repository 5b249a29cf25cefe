package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.application.port.in.CreatePlanCommand;
import cn.shuangsuiji.planning.application.port.in.JointObligationStatus;
import cn.shuangsuiji.planning.application.port.in.PlanOverdue;
import cn.shuangsuiji.planning.application.port.in.PlanUseCases;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * 抽查计划 — annual and joint plans and their workflow. Who acts is the verified token's {@link Actor}; the use
 * cases check it against the rights table (README) and record it.
 */
@RestController
@RequestMapping("/api/planning")
@Tag(name = "plans", description = "抽查计划")
class PlanController {

    private final PlanUseCases plans;
    private final PlanWebMapper mapper;

    PlanController(PlanUseCases plans, PlanWebMapper mapper) {
        this.plans = plans;
        this.mapper = mapper;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/plans")
    @Operation(summary = "编制计划（草稿）")
    ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanRequests.Create request,
                                        Actor actor) {
        actor.require(Role.PLANNER, Role.JOINT_OFFICE);
        if (actor.departmentId() == null) {
            throw Actor.forbidden("编制计划须以所属部门的身份进行（令牌中没有部门）");
        }
        CreatePlanCommand command = Inputs.parse(() -> new CreatePlanCommand(new PlanId(request.id()),
                PlanKind.valueOf(request.kind()), request.year(),
                mapper.toDraft(request.title(), request.participatingDepartmentIds(), request.tasks()),
                new cn.shuangsuiji.planning.domain.plan.Actor(actor.subject(),
                        new DepartmentId(actor.departmentId()))));
        Plan plan = plans.create(command, actor);
        return ResponseEntity.created(URI.create("/api/planning/plans/" + plan.id().value()))
                .body(mapper.toResponse(plan));
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "修改草稿")
    PlanResponse revise(@PathVariable String id, @Valid @RequestBody PlanRequests.Revise request, Actor actor) {
        return mapper.toResponse(plans.revise(planId(id),
                mapper.toDraft(request.title(), request.participatingDepartmentIds(), request.tasks()),
                actor));
    }

    @PostMapping("/plans/{id}/submit")
    @Operation(summary = "报备")
    PlanResponse submit(@PathVariable String id, Actor actor) {
        return mapper.toResponse(plans.submit(planId(id), actor));
    }

    @PostMapping("/plans/{id}/return")
    @Operation(summary = "退回修改")
    PlanResponse returnToDraft(@PathVariable String id, @Valid @RequestBody PlanRequests.Reason request, Actor actor) {
        return mapper.toResponse(plans.returnToDraft(planId(id), actor, request.reason()));
    }

    @PostMapping("/plans/{id}/approve")
    @Operation(summary = "批准（记录适用政策版本）")
    PlanResponse approve(@PathVariable String id, Actor actor) {
        return mapper.toResponse(plans.approve(planId(id), actor));
    }

    @PostMapping("/plans/{id}/publish")
    @Operation(summary = "公示")
    PlanResponse publish(@PathVariable String id, Actor actor) {
        return mapper.toResponse(plans.publish(planId(id), actor));
    }

    @PostMapping("/plans/{id}/amend")
    @Operation(summary = "变更已公示的计划（新版本）")
    PlanResponse amend(@PathVariable String id, @Valid @RequestBody PlanRequests.Reason request, Actor actor) {
        return mapper.toResponse(plans.amend(planId(id), actor, request.reason()));
    }

    @PostMapping("/plans/{id}/withdraw")
    @Operation(summary = "撤销计划")
    PlanResponse withdraw(@PathVariable String id, @Valid @RequestBody PlanRequests.Reason request, Actor actor) {
        return mapper.toResponse(plans.withdraw(planId(id), actor, request.reason()));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "查看计划（最新版本）")
    PlanResponse get(@PathVariable String id, Actor actor) {
        return mapper.toResponse(plans.get(planId(id), actor));
    }

    @GetMapping("/plans/{id}/versions")
    @Operation(summary = "计划的全部版本")
    List<PlanResponse> versions(@PathVariable String id, Actor actor) {
        return plans.versions(planId(id), actor).stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/plans/{id}/versions/{version}")
    @Operation(summary = "查看计划某一版本")
    PlanResponse version(@PathVariable String id, @PathVariable int version, Actor actor) {
        return mapper.toResponse(plans.getVersion(planId(id), version, actor));
    }

    @GetMapping("/plans")
    @Operation(summary = "计划列表（最新版本，按计划标识游标分页）")
    List<PlanResponse> list(@RequestParam(required = false) Integer year,
                            @RequestParam(required = false) String departmentId,
                            @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int limit, Actor actor) {
        DepartmentId department = departmentId == null ? null : Inputs.parse(() -> new DepartmentId(departmentId));
        return plans.list(year, department, after, Math.max(1, Math.min(limit, 200)), actor).stream()
                .map(mapper::toResponse).toList();
    }

    @GetMapping("/plans/overdue")
    @Operation(summary = "逾期报备或公示的计划")
    List<PlanOverdue> overdue(@RequestParam int year, Actor actor) {
        return plans.overdue(year, actor);
    }

    @GetMapping("/obligations")
    @Operation(summary = "未完成联合抽查义务的部门（S1 9）")
    List<JointObligationStatus> obligations(@RequestParam int year,
                                            @RequestParam(defaultValue = "false") boolean includeMet,
                                            Actor actor) {
        return plans.obligations(year, includeMet, actor);
    }

    private static PlanId planId(String id) {
        return Inputs.parse(() -> new PlanId(id));
    }
}
