package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;

/** Applies the draw service's events to the task announcements (抽查任务公告). */
public interface DrawFactsProjection {

    /** Applies one event; events of other types are ignored. */
    void apply(IntegrationEvent event);
}
