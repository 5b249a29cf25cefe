package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types published by the inspection service. */
public final class InspectionEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
    );

    private InspectionEvents() {
    }
}
