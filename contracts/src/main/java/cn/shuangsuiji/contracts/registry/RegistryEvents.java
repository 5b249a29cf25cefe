package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types published by the registry service. */
public final class RegistryEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            DepartmentRegistered.class);

    private RegistryEvents() {
    }
}
