package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types published by the draw service. */
public final class DrawEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            DrawCommitted.class, DrawCompleted.class, TargetSubstituted.class, InspectorReplaced.class,
            DrawAbandoned.class, DrawDispatched.class, DispatchConfirmed.class, DrawLogCheckpointed.class,
            DispatchDeadlineMoved.class, ExpertAssigned.class);

    private DrawEvents() {
    }
}
