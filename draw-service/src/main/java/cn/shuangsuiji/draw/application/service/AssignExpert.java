package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.ExpertAssigned;
import cn.shuangsuiji.contracts.draw.TeamExpert;
import cn.shuangsuiji.draw.application.port.in.AssignExpertUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.out.ExpertAssignmentStore;
import cn.shuangsuiji.draw.application.port.out.ExpertLibrary;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.ExpertOnTeam;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.Team;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 指派专家 — the head of a department of the draw assigns an expert of that department's expert library to a drawn
 * team with a reason (S0 9). Not part of the verifiable draw (a choice cannot be recomputed): stored, audited and
 * published ({@link ExpertAssigned}) in one transaction, and shown in the team as ASSIGNED with the reason.
 */
@Service
class AssignExpert implements AssignExpertUseCase {

    private final DrawRecords records;
    private final ExpertLibrary library;
    private final ExpertAssignmentStore assignments;
    private final EventPublisher events;
    private final DrawChanges changes;

    AssignExpert(DrawRecords records, ExpertLibrary library, ExpertAssignmentStore assignments, EventPublisher events,
                 DrawChanges changes) {
        this.records = records;
        this.library = library;
        this.assignments = assignments;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public DrawView assign(Command cmd) {
        Actor actor = cmd.actor();
        DrawAccess.requireRole(actor, Role.DEPARTMENT_HEAD);
        Draw draw = records.load(cmd.drawId());
        String department = actor.departmentId();
        if (department == null || !draw.header().participatingDepartmentIds().contains(department)
                && !department.equals(draw.header().initiatingDepartmentId())) {
            throw Actor.forbidden("只有本次抽取发起或参与部门的负责人可以指派专家");
        }
        draw.requireExecuted();
        DrawRecords.Executed x = records.executed(draw);
        DrawOutcome outcome = x.outcome().withAssigned(assignments.ofDraw(cmd.drawId()));
        TargetId target = new TargetId(cmd.targetId());
        if (!outcome.contains(target)) {
            throw DrawRefusals.targetNotDrawn(cmd.targetId());
        }
        Team team = outcome.team(target);
        if (team == null) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_NO_TEAM_FOR_EXPERT", "该对象没有检查组",
                    "对象 " + cmd.targetId() + " 没有检查组，无法指派专家");
        }
        ExpertRecord expert = library.pool(List.of(department)).stream()
                .filter(e -> e.id().equals(cmd.expertId())).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("EXPERT_NOT_IN_LIBRARY", "专家不在本部门专家库中",
                        List.of(new FieldProblem("expertId", "EXPERT_NOT_IN_LIBRARY",
                                "专家 " + cmd.expertId() + " 不在部门 " + department + " 的专家库中"))));
        if (!expert.specialties().contains(cmd.field())) {
            throw DomainProblem.invalid("EXPERT_FIELD_NOT_COVERED", "专家不具备该专业领域", List.of(
                    new FieldProblem("field", "EXPERT_FIELD_NOT_COVERED", "专家的专业领域不含「" + cmd.field() + "」")));
        }
        if (outcome.experts(target).stream().anyMatch(e -> e.expertId().equals(cmd.expertId()))) {
            throw new DomainProblem(ProblemKind.CONFLICT, "EXPERT_ALREADY_ON_TEAM", "专家已在该检查组中",
                    "专家 " + cmd.expertId() + " 已在对象 " + cmd.targetId() + " 的检查组中协助");
        }
        Instant now = changes.now();
        ExpertOnTeam assigned = new ExpertOnTeam(cmd.targetId(), cmd.expertId(), department, cmd.field(),
                ExpertOnTeam.ASSIGNED, cmd.reason(), actor.subject(), now);
        outcome.withAssigned(List.of(assigned));
        changes.inTransaction(() -> {
            assignments.add(cmd.drawId(), assigned);
            events.publish(new ExpertAssigned(UUID.randomUUID(), now, cmd.drawId(), cmd.targetId(),
                    contract(assigned), DrawEvents.team(team, outcome.experts(target).stream()
                            .map(AssignExpert::contract).toList())));
            changes.audit(actor, "draw.expert.assign", draw, null, Map.of("target", cmd.targetId(),
                    "expert", cmd.expertId(), "field", cmd.field(), "reason", cmd.reason()));
            return null;
        });
        return DrawViews.of(draw, x.result(), outcome, records.task(draw), x.inputs().inspectors());
    }

    /** The contract shape of an expert on a team. */
    static TeamExpert contract(ExpertOnTeam e) {
        return new TeamExpert(e.expertId(), e.departmentId(), e.field(), e.mode(), e.reason(), e.assignedBy());
    }

    /** The team with every expert helping it. */
    static DrawnTeam team(Team team, List<ExpertOnTeam> experts) {
        return DrawEvents.team(team, experts.stream().map(AssignExpert::contract).toList());
    }
}
