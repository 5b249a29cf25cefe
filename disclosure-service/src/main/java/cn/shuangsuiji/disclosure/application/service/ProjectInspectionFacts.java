package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.disclosure.CorrectionDisclosed;
import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.contracts.disclosure.ResultDisclosed;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.disclosure.application.port.in.InspectionFactsProjection;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import cn.shuangsuiji.disclosure.domain.PlanDossier;
import cn.shuangsuiji.disclosure.domain.ResultAnnouncement;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.mongo.TransactionMemo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 结果公告 — applies recorded results, corrections and follow-ups; each change goes to the public feed
 * ({@code ssj.public.results.v1}, corrections also to {@code ssj.public.corrections.v1}) in the same transaction.
 * InspectionOverdue is internal (the KPI work uses it) and never public.
 */
@Service
class ProjectInspectionFacts implements InspectionFactsProjection {

    private final ResultViews results;
    /** The plans of the results applied together (one consumer transaction) are read once each. */
    private final TransactionMemo<String, Optional<PlanDossier>> plans;
    private final EventPublisher publisher;

    ProjectInspectionFacts(ResultViews results, PlanViews plans, EventPublisher publisher) {
        this.results = results;
        this.plans = new TransactionMemo<>(plans::find);
        this.publisher = publisher;
    }

    /**
     * The announcements the events touch are read in one query and the changed ones written in one bulk write
     * (issue 9 benchmark: a read and a write per result); each event sees the changes of the events before it.
     */
    @Override
    public void applyAll(List<IntegrationEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        for (IntegrationEvent event : events) {
            String key = key(event);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<String, PublicResult> current = new HashMap<>(results.findAll(keys));
        Map<String, PublicResult> changed = new LinkedHashMap<>();
        for (IntegrationEvent event : events) {
            String key = key(event);
            if (key == null) {
                continue;
            }
            PublicResult result = apply(event, current.get(key));
            if (result != null) {
                current.put(key, result);
                changed.put(key, result);
            }
        }
        results.saveAll(changed.values());
    }

    /** The announcement an event changes; null for events that are not public (InspectionOverdue). */
    private static String key(IntegrationEvent event) {
        if (event instanceof InspectionResultRecorded e) {
            return ResultAnnouncement.key(e.inspectionId(), e.departmentId());
        }
        if (event instanceof InspectionResultCorrected e) {
            return ResultAnnouncement.key(e.inspectionId(), e.departmentId());
        }
        if (event instanceof FollowUpRecorded e) {
            return ResultAnnouncement.key(e.inspectionId(), e.departmentId());
        }
        return null;
    }

    /** The announcement after the event, its events published; null when the event changes nothing. */
    private PublicResult apply(IntegrationEvent event, PublicResult current) {
        if (event instanceof InspectionResultRecorded e) {
            if (current != null) {
                return null;
            }
            PublicResult result = ResultAnnouncement.recorded(e, context(e.planId(), e.taskId()));
            publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(),
                    result));
            return result;
        }
        if (current == null) {
            return null;
        }
        if (event instanceof InspectionResultCorrected e) {
            PublicResult result = ResultAnnouncement.corrected(current, e);
            publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(),
                    result));
            publisher.publish(new CorrectionDisclosed(ProjectPlanningFacts.derivedId(e, "correction"),
                    e.occurredAt(), result));
            return result;
        }
        FollowUpRecorded e = (FollowUpRecorded) event;
        PublicResult result = ResultAnnouncement.followedUp(current, e);
        publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(), result));
        return result;
    }

    private ResultAnnouncement.PlanContext context(String planId, String taskId) {
        Optional<PlanDossier> dossier = planId == null ? Optional.empty() : plans.get(planId);
        Optional<PublicPlan> plan = dossier.map(PlanDossier::published);
        if (plan.isEmpty()) {
            return ResultAnnouncement.PlanContext.unknown();
        }
        String taskName = dossier.flatMap(d -> d.task(plan.get().version(), taskId)).map(PlanTask::name).orElse(null);
        return new ResultAnnouncement.PlanContext(plan.get().title(), plan.get().kind(), taskName);
    }
}
