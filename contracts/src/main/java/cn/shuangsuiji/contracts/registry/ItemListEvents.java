package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of the inspection item list (随机抽查事项清单). */
public final class ItemListEvents {

    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            InspectionItemPublished.class, InspectionItemWithdrawn.class, InspectionItemClaimed.class,
            JointItemListPublished.class);

    private ItemListEvents() {
    }
}
