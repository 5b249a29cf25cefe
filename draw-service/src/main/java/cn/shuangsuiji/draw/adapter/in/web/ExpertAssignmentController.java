package cn.shuangsuiji.draw.adapter.in.web;

import cn.shuangsuiji.draw.application.port.in.AssignExpertUseCase;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 指派专家 — {@code POST /api/draws/{id}/experts}: a department head assigns an expert to a drawn team (S0 9). */
@RestController
@Tag(name = "draws", description = "抽取")
@RequestMapping("/api/draws")
class ExpertAssignmentController {

    private final AssignExpertUseCase assign;

    ExpertAssignmentController(AssignExpertUseCase assign) {
        this.assign = assign;
    }

    /** The assignment: target, expert of the caller's department's library, field of expertise, reason. */
    record AssignExpertRequest(String targetId, String expertId, String field, String reason) {
    }

    @Operation(summary = "指派专家",
            description = "本次抽取发起或参与部门的负责人（DEPARTMENT_HEAD）从本部门专家库指派专家协助某对象的检查组，须说明理由"
                    + "（缺少理由 422 EXPERT_REASON_REQUIRED；其他人 403）。专家不是检查组成员，不任组长，不录入结果；"
                    + "指派记入审计，在检查组中显示为 ASSIGNED 及理由。")
    @PostMapping("/{id}/experts")
    DrawResponse assign(@PathVariable String id, @RequestBody AssignExpertRequest r, Actor actor) {
        return DrawResponse.of(assign.assign(new AssignExpertUseCase.Command(id, r.targetId(), r.expertId(),
                r.field(), r.reason(), actor)));
    }
}
