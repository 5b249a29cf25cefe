package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 抽取权限 — who may do what with a draw (issue 8 item 4; rules.md §4): the initiating department's draw operator
 * (抽取操作员) commits, executes, substitutes, registers witnesses and dispatches; its head (负责人) approves
 * inspector replacements (a head of a joining department too, for that department's inspectors' teams) and
 * abandonment (an executed draw only by a head); witnesses (见证人) reveal and confirm only as themselves; the
 * involved departments' roles, the joint office (联席办), platform admins and services read. Work the platform does
 * itself ({@link Actor#system}) is allowed everything.
 */
final class DrawAccess {

    private DrawAccess() {
    }

    /** Whether the actor is the platform itself (demo loaders, consumers), not a token holder. */
    static boolean isSystem(Actor actor) {
        return actor.subject().startsWith("system:") && actor.clientId() == null && actor.departmentId() == null
                && actor.roles().equals(Set.of(Role.SERVICE));
    }

    /** Refuses unless the caller has one of the roles in the draw's initiating department. */
    static void requireInitiating(Actor actor, String initiatingDepartment, Role... roles) {
        if (!isSystem(actor)) {
            actor.requireIn(initiatingDepartment, roles);
        }
    }

    /** Refuses (401/403) before anything is loaded, so an outsider learns nothing about which draws exist. */
    static void requireRole(Actor actor, Role... roles) {
        if (!isSystem(actor)) {
            actor.require(roles);
        }
    }

    /** The departments of a draw: the initiating one first, then those joining. */
    static List<String> departments(DrawHeader header) {
        List<String> all = new ArrayList<>();
        all.add(header.initiatingDepartmentId());
        all.addAll(header.participatingDepartmentIds());
        return all;
    }

    /** A head of the initiating or a joining department approves an inspector replacement (S1 16). */
    static void requireReplacementApprover(Actor actor, Draw draw) {
        if (isSystem(actor)) {
            return;
        }
        actor.require(Role.DEPARTMENT_HEAD);
        if (departments(draw.header()).stream().noneMatch(actor::inDepartment)) {
            throw Actor.forbidden("只有本次抽取发起或参与部门的负责人可以审批人员调整");
        }
    }

    /** Whether the caller reads every draw (the platform, admins, services, the joint office, witnesses). */
    static boolean readsEverything(Actor actor) {
        return isSystem(actor) || actor.hasAny(Role.PLATFORM_ADMIN, Role.SERVICE, Role.JOINT_OFFICE, Role.WITNESS);
    }

    /** Reading a draw, its log, forms or bundle. */
    static void requireReader(Actor actor, Draw draw) {
        if (isSystem(actor)) {
            return;
        }
        actor.require(Role.values());
        if (readsEverything(actor)) {
            return;
        }
        boolean involved = departments(draw.header()).stream().anyMatch(actor::inDepartment)
                || draw.dispatches().stream().anyMatch(d -> actor.inDepartment(d.departmentId()));
        if (!involved) {
            throw Actor.forbidden("只能查看本部门发起、参与或接收下派的抽取");
        }
    }
}
