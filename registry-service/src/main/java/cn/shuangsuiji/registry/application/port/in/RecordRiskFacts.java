package cn.shuangsuiji.registry.application.port.in;

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
}
