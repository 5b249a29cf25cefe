package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.DepartmentRepository;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers departments; the department and its event are stored in one transaction. */
@Service
class DepartmentService implements DepartmentUseCases {

    /** Guards against a corrupt parent chain; real chains are at most province → city → county. */
    private static final int MAX_CHAIN = 16;

    private final DepartmentRepository departments;
    private final RegionQueries regions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DepartmentService(DepartmentRepository departments, RegionQueries regions, EventPublisher events,
                      AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.departments = departments;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Department register(RegisterDepartmentCommand command, Actor actor) {
        if (!RegistryRights.isPlatform(actor)) {
            actor.require(Role.PLATFORM_ADMIN);
        }
        if (departments.exists(command.id())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DEPARTMENT_EXISTS", "部门已存在",
                    "部门标识已被使用：" + command.id());
        }
        regions.requireKnown(command.regionCode(), "regionCode");
        Optional<Department> parent = command.parentId().map(p -> departments.find(p).orElseThrow(
                () -> DomainProblem.invalid("DEPARTMENT_PARENT_UNKNOWN", "上级部门不存在：" + p.value(),
                        List.of(new FieldProblem("parentId", "DEPARTMENT_PARENT_UNKNOWN", "上级部门不存在")))));
        Department department = Department.register(command.id(), command.name(), command.type(), command.level(),
                command.regionCode(), parent, clock.instant());
        departments.insert(department);
        events.publish(new DepartmentRegistered(UUID.randomUUID(), department.registeredAt(),
                department.id().value(), department.name(), department.type().name(), department.level().name(),
                department.regionCode().value(), department.parentId().map(DepartmentId::value).orElse(null)));
        audit.record(actor, "department.register", "Department", department.id().value(), department.id().value(),
                null, java.util.Map.of("name", department.name(), "type", department.type().name(),
                        "level", department.level().name(), "regionCode", department.regionCode().value(),
                        "parentId", department.parentId().map(DepartmentId::value).orElse("")));
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

    @Override
    public boolean exists(DepartmentId id) {
        return departments.exists(id);
    }

    @Override
    public List<Department> ancestors(DepartmentId id) {
        List<Department> chain = new ArrayList<>();
        Optional<DepartmentId> next = get(id).parentId();
        while (next.isPresent() && chain.size() < MAX_CHAIN) {
            Department parent = get(next.get());
            chain.add(parent);
            next = parent.parentId();
        }
        return List.copyOf(chain);
    }

    @Override
    public List<Department> children(DepartmentId id) {
        get(id);
        return departments.findByParent(id);
    }
}
