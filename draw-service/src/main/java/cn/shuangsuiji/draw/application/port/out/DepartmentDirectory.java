package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.draw.DispatchTargets.Department;
import java.util.Optional;

/** 部门名录 — the departments the registry registered (from its organisation events), for dispatch checks. */
public interface DepartmentDirectory {

    void save(Department department);

    Optional<Department> department(String departmentId);
}
