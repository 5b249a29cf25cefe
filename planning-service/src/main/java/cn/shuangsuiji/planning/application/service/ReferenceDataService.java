package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.planning.application.port.out.ReferenceDataRepository;
import cn.shuangsuiji.planning.domain.plan.CatalogItem;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.ItemKey;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the registry's events to the local read models (called inside the idempotent consumer's transaction). */
@Service
class ReferenceDataService implements ReferenceDataUseCases {

    private final ReferenceDataRepository reference;

    ReferenceDataService(ReferenceDataRepository reference) {
        this.reference = reference;
    }

    @Override
    @Transactional
    public void departmentRegistered(DepartmentRegistered e) {
        reference.saveDepartment(new KnownDepartment(new DepartmentId(e.departmentId()), e.name(), e.type(),
                e.level(), e.regionCode(), Optional.ofNullable(e.parentId()).map(DepartmentId::new)));
    }

    @Override
    @Transactional
    public void itemPublished(InspectionItemPublished e) {
        Set<DepartmentId> claims = reference.item(new ItemKey(e.itemId(), e.version()))
                .map(CatalogItem::claimedBy).orElse(Set.of());
        reference.saveItem(new CatalogItem(e.itemId(), e.version(), new DepartmentId(e.departmentId()), true, claims,
                e.checkProject()));
    }

    @Override
    @Transactional
    public void itemWithdrawn(InspectionItemWithdrawn e) {
        reference.item(new ItemKey(e.itemId(), e.version())).ifPresent(item -> reference.saveItem(
                new CatalogItem(item.itemId(), item.version(), item.owner(), false, item.claimedBy(),
                        item.checkProject())));
    }

    @Override
    @Transactional
    public void itemClaimed(InspectionItemClaimed e) {
        DepartmentId claimer = new DepartmentId(e.claimingDepartmentId());
        CatalogItem item = reference.item(new ItemKey(e.itemId(), e.version())).orElseGet(() ->
                new CatalogItem(e.itemId(), e.version(), new DepartmentId(e.ownerDepartmentId()), false, Set.of(),
                        null));
        Set<DepartmentId> claims = new HashSet<>(item.claimedBy());
        claims.add(claimer);
        reference.saveItem(new CatalogItem(item.itemId(), item.version(), item.owner(), item.published(), claims,
                item.checkProject()));
    }

    @Override
    public List<KnownDepartment> departments() {
        return reference.departments();
    }

    @Override
    public List<CatalogItem> publishedItemsUsableBy(DepartmentId department) {
        return reference.publishedItemsUsableBy(department);
    }
}
