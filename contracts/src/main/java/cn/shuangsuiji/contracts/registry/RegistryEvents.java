package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;
import java.util.stream.Stream;

/** Event types published by the registry service, one list per part of the registry. */
public final class RegistryEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = Stream.of(
                    OrganisationEvents.TYPES, ItemListEvents.TYPES, EntityEvents.TYPES, InspectorEvents.TYPES,
                    SnapshotEvents.TYPES)
            .flatMap(List::stream)
            .toList();

    private RegistryEvents() {
    }
}
