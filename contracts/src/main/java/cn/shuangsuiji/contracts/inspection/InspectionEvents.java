package cn.shuangsuiji.contracts.inspection;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/**
 * Event types published by the inspection service, all on {@link cn.shuangsuiji.contracts.Topics#INSPECTION_RESULTS}
 * keyed by the joint inspection record's id, so one record's events stay in order.
 */
public final class InspectionEvents {

    /** Every event type this producer publishes; consumers look types up here. */
    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            InspectionResultRecorded.class, InspectionResultCorrected.class, FollowUpRecorded.class,
            InspectionOverdue.class, InspectionDeadlineMoved.class);

    private InspectionEvents() {
    }
}
