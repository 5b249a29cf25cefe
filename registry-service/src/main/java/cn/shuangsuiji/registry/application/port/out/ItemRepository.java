package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import java.util.List;
import java.util.Optional;

/** Stores inspection items with all their versions. */
public interface ItemRepository {

    Optional<InspectionItem> find(InspectionItemId id);

    boolean exists(InspectionItemId id);

    /** Inserts a new item; a duplicate id is a conflict. */
    InspectionItem insert(InspectionItem item);

    /** Stores a changed item if its revision is still the stored one; otherwise an optimistic-lock failure. */
    InspectionItem update(InspectionItem item);

    List<InspectionItem> page(ItemListQuery query);
}
