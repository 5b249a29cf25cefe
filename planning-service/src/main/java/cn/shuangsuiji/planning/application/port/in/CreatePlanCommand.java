package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.plan.Actor;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import java.util.Objects;

/** 编制计划 — draft a new plan; the actor's department is the initiating department. */
public record CreatePlanCommand(PlanId id, PlanKind kind, int year, PlanDraft draft, Actor actor) {

    public CreatePlanCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(actor, "actor");
    }
}
