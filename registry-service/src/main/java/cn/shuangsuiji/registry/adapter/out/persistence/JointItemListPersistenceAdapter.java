package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.out.JointItemListRepository;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.JointItemEntry;
import cn.shuangsuiji.registry.domain.item.JointItemList;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Maps joint item lists to and from {@link JointItemListDocument}. */
@Component
class JointItemListPersistenceAdapter implements JointItemListRepository {

    private final JointItemListMongoRepository repository;

    JointItemListPersistenceAdapter(JointItemListMongoRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<JointItemList> find(JointItemListId id) {
        return repository.findById(id.value()).map(JointItemListPersistenceAdapter::toDomain);
    }

    @Override
    public boolean exists(JointItemListId id) {
        return repository.existsById(id.value());
    }

    @Override
    public void insert(JointItemList list) {
        repository.insert(new JointItemListDocument(list.id().value(), list.name(), list.initiator().value(),
                list.participants().stream().map(DepartmentId::value).toList(),
                list.entries().stream().map(e -> new JointItemListDocument.EntryDoc(e.itemId().value(), e.version(),
                        e.department().value(), e.checkProject())).toList(), list.publishedAt()));
    }

    @Override
    public List<JointItemList> findAll() {
        return repository.findAll(Sort.by("id")).stream().map(JointItemListPersistenceAdapter::toDomain).toList();
    }

    private static JointItemList toDomain(JointItemListDocument d) {
        return new JointItemList(new JointItemListId(d.id()), d.name(), new DepartmentId(d.initiatorId()),
                d.participantIds().stream().map(DepartmentId::new).toList(),
                d.entries().stream().map(e -> new JointItemEntry(new InspectionItemId(e.itemId()), e.version(),
                        new DepartmentId(e.departmentId()), e.checkProject())).toList(), d.publishedAt());
    }
}
