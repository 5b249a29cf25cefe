package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Applies the inspection service's events to the result announcements (抽查结果公告). */
public interface InspectionFactsProjection {

    /** Applies one event; events of other types are ignored. */
    default void apply(IntegrationEvent event) {
        applyAll(List.of(event));
    }

    /**
     * Applies events in order, as {@link #apply} one after the other would, reading the announcements they touch in
     * one query and writing the changed ones in one bulk write (a consumer's chunk, in its transaction).
     */
    void applyAll(List<IntegrationEvent> events);
}
