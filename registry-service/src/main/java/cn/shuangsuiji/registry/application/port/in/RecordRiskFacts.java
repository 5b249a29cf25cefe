package cn.shuangsuiji.registry.application.port.in;

import java.util.List;

import cn.shuangsuiji.contracts.IntegrationEvent;

/**
 * 信用反馈 — takes in the inspection service's results and follow-up as risk facts of the entities (S0 23, 24;
 * S1 23, 24): called with each consumed chunk by the idempotent consumer, inside its transaction.
 */
public interface RecordRiskFacts {

    /**
     * A consumed chunk's events in order — {@code InspectionResultRecorded}, {@code InspectionResultCorrected} and
     * {@code FollowUpRecorded}; other types ignored — each seeing the profiles the ones before it changed, with the
     * chunk's credit profiles read in one query: most results bring no risk fact and change nothing, so the chunk
     * costs one read instead of one per result.
     */
    void applyAll(List<IntegrationEvent> events);
}
