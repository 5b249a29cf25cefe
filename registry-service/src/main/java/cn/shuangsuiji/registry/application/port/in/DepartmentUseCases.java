package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;

/** 部门管理 — register and look up departments. */
public interface DepartmentUseCases {

    /** Registers a department and publishes {@code DepartmentRegistered}. */
    Department register(RegisterDepartmentCommand command, Actor actor);

    /** The department, or a 404 problem. */
    Department get(DepartmentId id);

    /** All departments, ordered by id. */
    List<Department> list();

    boolean exists(DepartmentId id);

    /** The departments above this one in its line (parent, grandparent, ...), nearest first. */
    List<Department> ancestors(DepartmentId id);

    /** The departments directly below this one. */
    List<Department> children(DepartmentId id);
}
