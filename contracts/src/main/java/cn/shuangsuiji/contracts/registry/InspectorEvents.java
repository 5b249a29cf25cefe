package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of the inspector registry (执法检查人员名录库) and expert library. */
public final class InspectorEvents {

    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            InspectorRegistered.class, InspectorChanged.class, InspectorsImported.class);

    private InspectorEvents() {
    }
}
