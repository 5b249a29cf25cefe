package cn.shuangsuiji.planning.adapter.out.persistence;

import cn.shuangsuiji.planning.application.port.out.ReferenceDataRepository;
import cn.shuangsuiji.planning.domain.plan.CatalogItem;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.ItemKey;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Stores the read models of registry departments and items (upserts: replaying an event changes nothing). */
@Component
class ReferenceDataPersistenceAdapter implements ReferenceDataRepository {

    private final KnownDepartmentMongoRepository departments;
    private final CatalogItemMongoRepository items;

    ReferenceDataPersistenceAdapter(KnownDepartmentMongoRepository departments, CatalogItemMongoRepository items) {
        this.departments = departments;
        this.items = items;
    }

    @Override
    public void saveDepartment(KnownDepartment d) {
        departments.save(new KnownDepartmentDocument(d.id().value(), d.name(), d.type(), d.level(), d.regionCode(),
                d.parentId().map(DepartmentId::value).orElse(null)));
    }

    @Override
    public Optional<KnownDepartment> department(DepartmentId id) {
        return departments.findById(id.value()).map(ReferenceDataPersistenceAdapter::toDomain);
    }

    @Override
    public List<KnownDepartment> departments() {
        return departments.findAll(Sort.by("id")).stream().map(ReferenceDataPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<CatalogItem> item(ItemKey key) {
        return items.findById(key.itemId() + ":" + key.version()).map(ReferenceDataPersistenceAdapter::toDomain);
    }

    @Override
    public void saveItem(CatalogItem i) {
        items.save(new CatalogItemDocument(i.itemId() + ":" + i.version(), i.itemId(), i.version(), i.owner().value(),
                i.published(), i.claimedBy().stream().map(DepartmentId::value).sorted().toList(), i.checkProject()));
    }

    @Override
    public List<CatalogItem> publishedItemsUsableBy(DepartmentId department) {
        List<CatalogItemDocument> found = new ArrayList<>(
                items.findByOwnerDepartmentIdAndPublishedTrueOrderByIdAsc(department.value()));
        found.addAll(items.findByClaimedByAndPublishedTrueOrderByIdAsc(department.value()));
        return found.stream().map(ReferenceDataPersistenceAdapter::toDomain).toList();
    }

    private static KnownDepartment toDomain(KnownDepartmentDocument d) {
        return new KnownDepartment(new DepartmentId(d.id()), d.name(), d.type(), d.level(), d.regionCode(),
                Optional.ofNullable(d.parentId()).map(DepartmentId::new));
    }

    private static CatalogItem toDomain(CatalogItemDocument d) {
        return new CatalogItem(d.itemId(), d.version(), new DepartmentId(d.ownerDepartmentId()), d.published(),
                d.claimedBy() == null ? null : d.claimedBy().stream().map(DepartmentId::new).collect(Collectors.toSet()),
                d.checkProject());
    }
}
