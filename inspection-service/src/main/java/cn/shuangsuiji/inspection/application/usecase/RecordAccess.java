package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;

/**
 * Who may read a record: the inspectors, heads and planners of its participating departments (not, say, a draw's
 * witness who happens to carry a department), the joint office of its jurisdiction, platform admins and services
 * (S1 5).
 */
final class RecordAccess {

    private RecordAccess() {
    }

    static void requireReader(InspectionRecord record, Actor actor) {
        if (actor.isAnonymous()) {
            throw Actor.unauthenticated();
        }
        if (actor.hasAny(Role.PLATFORM_ADMIN, Role.SERVICE)) {
            return;
        }
        if (actor.has(Role.JOINT_OFFICE) && actor.jurisdiction() != null
                && actor.jurisdiction().equals(record.jointOfficeId())) {
            return;
        }
        if (actor.hasAny(Role.INSPECTOR, Role.DEPARTMENT_HEAD, Role.PLANNER) && actor.departmentId() != null
                && record.partOf(actor.departmentId()).isPresent()) {
            return;
        }
        throw Actor.forbidden("本部门不参与此检查记录");
    }
}
