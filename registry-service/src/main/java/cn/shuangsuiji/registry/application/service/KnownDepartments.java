package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.application.port.out.DepartmentRepository;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks that departments named by registry records exist. */
@Component
class KnownDepartments {

    private final DepartmentRepository departments;

    KnownDepartments(DepartmentRepository departments) {
        this.departments = departments;
    }

    /** Refuses with {@code DEPARTMENT_NOT_FOUND} field problems for every unknown id. */
    void requireAll(String field, Collection<String> ids, String code) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String id : ids) {
            if (!departments.exists(new DepartmentId(id))) {
                problems.add(new FieldProblem(field, "DEPARTMENT_NOT_FOUND", "部门不存在：" + id));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(code, "引用了不存在的部门", problems);
        }
    }

    /** Ids of all departments, for checks of many rows. */
    java.util.Set<String> all() {
        return departments.findAll().stream().map(d -> d.id().value())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
