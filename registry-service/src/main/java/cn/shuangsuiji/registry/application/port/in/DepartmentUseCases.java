package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;

/** 部门管理 — register and look up departments. */
public interface DepartmentUseCases {

    /** Registers a department and publishes {@code DepartmentRegistered}. */
    Department register(RegisterDepartmentCommand command);

    /** The department, or a 404 problem. */
    Department get(DepartmentId id);

    /** All departments, ordered by id. */
    List<Department> list();
}
