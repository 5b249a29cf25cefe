package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;

/** Applies the inspection service's events to the result announcements (抽查结果公告). */
public interface InspectionFactsProjection {

    /** Applies one event; events of other types are ignored. */
    void apply(IntegrationEvent event);
}
