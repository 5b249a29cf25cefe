package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.planning.application.port.out.ReferenceDataRepository;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.PlanContent;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 计划权限 — who may do what with a plan (issue 8 item 4; rules.md §4): the initiating department's planner
 * (计划编制) drafts, revises, submits and amends; its head (负责人) returns, approves, publishes and withdraws; the
 * joint office (联席办) drafts joint plans as its own department and returns, approves, publishes and withdraws
 * joint plans of departments in its jurisdiction; readers are the involved departments, their higher levels in the
 * department tree, the joint office of the jurisdiction, platform admins and services. Work the platform does
 * itself ({@link Actor#system}) is allowed everything.
 */
@Component
class PlanAccess {

    private final ReferenceDataRepository reference;

    PlanAccess(ReferenceDataRepository reference) {
        this.reference = reference;
    }

    /** Whether the actor is the platform itself (demo loaders, consumers), not a token holder. */
    static boolean isSystem(Actor actor) {
        return actor.subject().startsWith("system:") && actor.clientId() == null && actor.departmentId() == null
                && actor.roles().equals(Set.of(Role.SERVICE));
    }

    /** Drafting, revising, submitting or amending a plan with this content. */
    void requireDrafter(Actor actor, PlanContent content) {
        if (isSystem(actor)) {
            return;
        }
        actor.require(Role.PLANNER, Role.JOINT_OFFICE);
        boolean planner = actor.has(Role.PLANNER);
        boolean jointOffice = actor.has(Role.JOINT_OFFICE) && content.kind().isJoint();
        if (!planner && !jointOffice) {
            throw Actor.forbidden("联席办只能编制联合抽查计划");
        }
        if (!actor.inDepartment(content.initiatingDepartment().value())) {
            throw Actor.forbidden("只有发起部门的计划编制人员可以编制、修改或报备计划");
        }
    }

    /** Returning, approving, publishing or withdrawing a plan with this content. */
    void requireApprover(Actor actor, PlanContent content) {
        if (isSystem(actor)) {
            return;
        }
        actor.require(Role.DEPARTMENT_HEAD, Role.JOINT_OFFICE);
        if (actor.has(Role.DEPARTMENT_HEAD) && actor.inDepartment(content.initiatingDepartment().value())) {
            return;
        }
        if (actor.has(Role.JOINT_OFFICE) && content.kind().isJoint()
                && covers(actor.jurisdiction(), content.initiatingDepartment())) {
            return;
        }
        throw Actor.forbidden("只有发起部门负责人（联合抽查计划还可由辖区联席办）可以审批、公示或撤销计划");
    }

    /** Reading a plan with this content. */
    void requireReader(Actor actor, PlanContent content) {
        if (isSystem(actor)) {
            return;
        }
        actor.require(Role.values());
        if (actor.hasAny(Role.PLATFORM_ADMIN, Role.SERVICE)) {
            return;
        }
        for (DepartmentId department : content.departments()) {
            if (actor.inDepartment(department.value()) || isAncestor(actor.departmentId(), department)
                    || actor.has(Role.JOINT_OFFICE) && covers(actor.jurisdiction(), department)) {
                return;
            }
        }
        throw Actor.forbidden("只能查看本部门参与的计划（或下级部门、本辖区的计划）");
    }

    /** Reading the plans of one department (list filter). */
    void requireDepartmentReader(Actor actor, DepartmentId department) {
        actor.require(Role.values());
        if (isSystem(actor) || actor.hasAny(Role.PLATFORM_ADMIN, Role.SERVICE)
                || actor.inDepartment(department.value()) || isAncestor(actor.departmentId(), department)
                || actor.has(Role.JOINT_OFFICE) && covers(actor.jurisdiction(), department)) {
            return;
        }
        throw Actor.forbidden("只能查看本部门、下级部门或本辖区部门的计划");
    }

    /** Whether the caller may list plans of every department (admins, services, the platform itself). */
    static boolean readsEverything(Actor actor) {
        return isSystem(actor) || actor.hasAny(Role.PLATFORM_ADMIN, Role.SERVICE);
    }

    /** Whether a jurisdiction (region code) covers a department's region: 130600 covers 130634. */
    boolean covers(String jurisdiction, DepartmentId department) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return false;
        }
        String prefix = jurisdiction;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        String region = reference.department(department).map(KnownDepartment::regionCode).orElse(null);
        return region != null && region.startsWith(prefix);
    }

    /** Whether {@code ancestor} is a higher level of {@code department} in the department tree (S1 13). */
    boolean isAncestor(String ancestor, DepartmentId department) {
        if (ancestor == null) {
            return false;
        }
        Set<DepartmentId> seen = new HashSet<>();
        Optional<DepartmentId> parent = reference.department(department).flatMap(KnownDepartment::parentId);
        while (parent.isPresent() && seen.add(parent.get())) {
            if (parent.get().value().equals(ancestor)) {
                return true;
            }
            parent = reference.department(parent.get()).flatMap(KnownDepartment::parentId);
        }
        return false;
    }
}
