package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.out.DepartmentRepository;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Maps departments to and from {@link DepartmentDocument}. */
@Component
class DepartmentPersistenceAdapter implements DepartmentRepository {

    private final DepartmentMongoRepository repository;

    DepartmentPersistenceAdapter(DepartmentMongoRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Department> find(DepartmentId id) {
        return repository.findById(id.value()).map(DepartmentPersistenceAdapter::toDomain);
    }

    @Override
    public boolean exists(DepartmentId id) {
        return repository.existsById(id.value());
    }

    @Override
    public void insert(Department department) {
        repository.insert(new DepartmentDocument(department.id().value(), department.name(), department.type().name(),
                department.level().name(), department.regionCode().value(),
                department.parentId().map(DepartmentId::value).orElse(null), department.registeredAt(), null));
    }

    @Override
    public List<Department> findAll() {
        return repository.findAll(Sort.by("id")).stream().map(DepartmentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Department> findByParent(DepartmentId parent) {
        return repository.findByParentIdOrderByIdAsc(parent.value()).stream()
                .map(DepartmentPersistenceAdapter::toDomain).toList();
    }

    private static Department toDomain(DepartmentDocument d) {
        return new Department(new DepartmentId(d.id()), d.name(), DepartmentType.valueOf(d.type()),
                AdministrativeLevel.valueOf(d.level()), new RegionCode(d.regionCode()),
                Optional.ofNullable(d.parentId()).map(DepartmentId::new), d.registeredAt(),
                d.version() == null ? 0 : d.version());
    }
}
