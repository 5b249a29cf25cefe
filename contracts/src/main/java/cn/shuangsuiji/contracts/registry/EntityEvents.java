package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of the entity registry (检查对象名录库). */
public final class EntityEvents {

    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            EntityRegistered.class, EntityChanged.class, EntityDeregistered.class, EntitiesImported.class,
            EntitiesRegistered.class);

    private EntityEvents() {
    }
}
