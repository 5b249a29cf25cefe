package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of the public feed (省级平台数据接口, M30), published by the disclosure service. */
public final class DisclosureEvents {

    /** Every public feed type. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            ItemDisclosed.class, PlanDisclosed.class, DrawDisclosed.class, ResultDisclosed.class,
            CorrectionDisclosed.class);

    private DisclosureEvents() {
    }
}
