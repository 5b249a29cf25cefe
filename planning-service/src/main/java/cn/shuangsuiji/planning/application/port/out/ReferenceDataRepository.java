package cn.shuangsuiji.planning.application.port.out;

import cn.shuangsuiji.planning.domain.plan.CatalogItem;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.ItemKey;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import java.util.List;
import java.util.Optional;

/** Local read models of the registry's departments and item list, built from its events. */
public interface ReferenceDataRepository {

    void saveDepartment(KnownDepartment department);

    Optional<KnownDepartment> department(DepartmentId id);

    List<KnownDepartment> departments();

    Optional<CatalogItem> item(ItemKey key);

    void saveItem(CatalogItem item);

    /** Published item versions the department owns or claimed. */
    List<CatalogItem> publishedItemsUsableBy(DepartmentId department);
}
