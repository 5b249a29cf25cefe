package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types published by the planning service. */
public final class PlanningEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            PlanApproved.class, PlanPublished.class, PlanAmended.class, PlanWithdrawn.class,
            CalendarYearPublished.class);

    private PlanningEvents() {
    }
}
