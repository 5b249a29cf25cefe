package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;
import java.util.Optional;

/** Stores departments. */
public interface DepartmentRepository {

    Optional<Department> find(DepartmentId id);

    boolean exists(DepartmentId id);

    /** Inserts a new department; a duplicate id is a conflict. */
    void insert(Department department);

    List<Department> findAll();

    /** Departments whose parent is the given one, ordered by id. */
    List<Department> findByParent(DepartmentId parent);
}
