package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.trace.TraceIds;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.PersonalDataReadRepository;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.privacy.PersonalDataRead;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Discloses personal data to the owning department's clerk and head and logs every disclosure. */
@Service
class PersonalDataService implements PersonalDataUseCases {

    private final PersonalDataReadRepository reads;
    private final DepartmentUseCases departments;
    private final Clock clock;

    PersonalDataService(PersonalDataReadRepository reads, DepartmentUseCases departments, Clock clock) {
        this.reads = reads;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public boolean disclose(Actor actor, String recordKind, String recordId, Collection<String> owningDepartments,
                            List<String> fields) {
        if (!RegistryRights.mayReadPersonalData(actor, owningDepartments)) {
            return false;
        }
        log(actor, recordKind, recordId, actor.departmentId(), fields, 1);
        return true;
    }

    @Override
    public boolean discloseExport(Actor actor, String recordKind, String filter, String department,
                                  List<String> fields) {
        if (department == null || !RegistryRights.mayReadPersonalData(actor, List.of(department))) {
            return false;
        }
        log(actor, recordKind, filter, department, fields, -1);
        return true;
    }

    private void log(Actor actor, String recordKind, String recordId, String department, List<String> fields,
                     long records) {
        reads.append(new PersonalDataRead(clock.instant(), actor.subject(), actor.name(),
                actor.roles().stream().map(Role::name).sorted().toList(), actor.departmentId(), actor.clientId(),
                TraceIds.current(), recordKind, recordId, department, fields, records));
    }

    @Override
    public List<PersonalDataRead> reads(Actor actor, String department, Instant before, int limit) {
        actor.require(Role.DEPARTMENT_HEAD);
        if (limit < 1 || limit > 500) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "PAGE_LIMIT_INVALID", "分页参数错误", "limit 应为 1 至 500");
        }
        String own = actor.departmentId();
        if (own == null) {
            throw Actor.forbidden("负责人须属于一个部门");
        }
        Set<String> visible = ownAndLower(own);
        if (department != null && !visible.contains(department)) {
            throw Actor.forbidden("只能查看本部门及下级部门的个人信息查阅记录");
        }
        return reads.of(department == null ? visible : Set.of(department), before, limit);
    }

    /** The department and every department below it (S1 13: a higher level oversees its lower levels). */
    private Set<String> ownAndLower(String department) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(department));
        while (!open.isEmpty()) {
            String next = open.pop();
            if (all.add(next) && departments.exists(new DepartmentId(next))) {
                departments.children(new DepartmentId(next)).stream().map(Department::id).map(DepartmentId::value)
                        .forEach(open::push);
            }
        }
        return all;
    }
}
