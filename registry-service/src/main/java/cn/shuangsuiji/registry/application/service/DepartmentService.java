package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.application.port.out.DepartmentRepository;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers departments; the department and its event are stored in one transaction. */
@Service
class DepartmentService implements DepartmentUseCases {

    private final DepartmentRepository departments;
    private final EventPublisher events;
    private final Clock clock;

    DepartmentService(DepartmentRepository departments, EventPublisher events, Clock clock) {
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Department register(RegisterDepartmentCommand command) {
        if (departments.exists(command.id())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DEPARTMENT_EXISTS", "部门已存在",
                    "部门标识已被使用：" + command.id());
        }
        Optional<Department> parent = command.parentId().map(this::get);
        Department department = Department.register(command.id(), command.name(), command.type(), command.level(),
                command.regionCode(), parent, clock.instant());
        departments.insert(department);
        events.publish(new DepartmentRegistered(UUID.randomUUID(), department.registeredAt(),
                department.id().value(), department.name(), department.type().name(), department.level().name(),
                department.regionCode().value(), department.parentId().map(DepartmentId::value).orElse(null)));
        return department;
    }

    @Override
    public Department get(DepartmentId id) {
        return departments.find(id).orElseThrow(() -> DomainProblem.notFound("DEPARTMENT_NOT_FOUND", "部门", id.value()));
    }

    @Override
    public List<Department> list() {
        return departments.findAll();
    }
}
