package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.planning.domain.plan.CatalogItem;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import java.util.List;

/** 基础数据 — the registry's departments and item list as planning sees them, kept from its events. */
public interface ReferenceDataUseCases {

    void departmentRegistered(DepartmentRegistered event);

    void itemPublished(InspectionItemPublished event);

    void itemWithdrawn(InspectionItemWithdrawn event);

    void itemClaimed(InspectionItemClaimed event);

    List<KnownDepartment> departments();

    /** Published item versions the department owns or claimed. */
    List<CatalogItem> publishedItemsUsableBy(DepartmentId department);
}
