package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;

/** Applies the planning service's events to the plan announcements (抽查计划公告). */
public interface PlanningFactsProjection {

    /** Applies one event; events of other types are ignored. */
    void apply(IntegrationEvent event);
}
