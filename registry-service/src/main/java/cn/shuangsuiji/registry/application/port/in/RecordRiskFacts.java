package cn.shuangsuiji.registry.application.port.in;

import java.util.List;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;

/**
 * 信用反馈 — takes in the inspection service's results and follow-up as risk facts of the entities (S0 23, 24;
 * S1 23, 24): called once per event by the idempotent consumer, inside its transaction.
 */
public interface RecordRiskFacts {

    void resultRecorded(InspectionResultRecorded event);

    void resultCorrected(InspectionResultCorrected event);

    void followUpRecorded(FollowUpRecorded event);

    /**
     * A consumed chunk's events, in order, as the three methods above would apply them one by one (other types
     * ignored), with the chunk's credit profiles read in one query: most results bring no risk fact and change
     * nothing, so the chunk costs one read instead of one per result.
     */
    void applyAll(List<IntegrationEvent> events);
}
