package cn.shuangsuiji.contracts;

import cn.shuangsuiji.contracts.disclosure.DisclosureEvents;
import cn.shuangsuiji.contracts.draw.DrawEvents;
import cn.shuangsuiji.contracts.inspection.InspectionEvents;
import cn.shuangsuiji.contracts.planning.PlanningEvents;
import cn.shuangsuiji.contracts.registry.RegistryEvents;
import java.util.List;
import java.util.stream.Stream;

/** Every producer's event types together. */
final class AllEvents {

    static final List<Class<? extends IntegrationEvent>> TYPES = Stream.of(
                    RegistryEvents.TYPES, PlanningEvents.TYPES, DrawEvents.TYPES, InspectionEvents.TYPES,
                    DisclosureEvents.TYPES)
            .flatMap(List::stream)
            .toList();

    private AllEvents() {
    }
}
