package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 逾期清单 — records with a part overdue or with a missed deadline on file: per department (its heads and
 * inspectors) or per joint office (its jurisdiction).
 */
@Service
public class ListOverdue {

    private final InspectionRecords records;
    private final Clock clock;

    ListOverdue(InspectionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public List<InspectionRecord> ofDepartment(String departmentId, Actor actor, int limit) {
        if (!actor.hasAny(Role.PLATFORM_ADMIN)) {
            actor.requireIn(departmentId, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.PLANNER);
        }
        return records.overdue(List.of(departmentId), null, today(), clamp(limit));
    }

    public List<InspectionRecord> ofJointOffice(Actor actor, String jurisdiction, int limit) {
        actor.require(Role.JOINT_OFFICE, Role.PLATFORM_ADMIN);
        String office = actor.has(Role.PLATFORM_ADMIN) && jurisdiction != null ? jurisdiction : actor.jurisdiction();
        if (office == null) {
            throw Actor.forbidden("令牌中没有联席办辖区（jurisdiction）");
        }
        return records.overdue(List.of(), office, today(), clamp(limit));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }
}
