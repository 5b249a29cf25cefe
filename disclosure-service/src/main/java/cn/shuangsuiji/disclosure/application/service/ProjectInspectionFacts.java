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
import java.util.Optional;
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
    private final TypedHandlers handlers;

    ProjectInspectionFacts(ResultViews results, PlanViews plans, EventPublisher publisher) {
        this.results = results;
        this.plans = new TransactionMemo<>(plans::find);
        this.publisher = publisher;
        this.handlers = new TypedHandlers()
                .on(InspectionResultRecorded.class, this::recorded)
                .on(InspectionResultCorrected.class, this::corrected)
                .on(FollowUpRecorded.class, this::followedUp);
    }

    @Override
    public void apply(IntegrationEvent event) {
        handlers.handle(event);
    }

    private void recorded(InspectionResultRecorded e) {
        String key = ResultAnnouncement.key(e.inspectionId(), e.departmentId());
        if (results.find(key).isPresent()) {
            return;
        }
        PublicResult result = ResultAnnouncement.recorded(e, context(e.planId(), e.taskId()));
        results.save(result);
        publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(), result));
    }

    private void corrected(InspectionResultCorrected e) {
        results.find(ResultAnnouncement.key(e.inspectionId(), e.departmentId())).ifPresent(current -> {
            PublicResult result = ResultAnnouncement.corrected(current, e);
            results.save(result);
            publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(),
                    result));
            publisher.publish(new CorrectionDisclosed(ProjectPlanningFacts.derivedId(e, "correction"),
                    e.occurredAt(), result));
        });
    }

    private void followedUp(FollowUpRecorded e) {
        results.find(ResultAnnouncement.key(e.inspectionId(), e.departmentId())).ifPresent(current -> {
            PublicResult result = ResultAnnouncement.followedUp(current, e);
            results.save(result);
            publisher.publish(new ResultDisclosed(ProjectPlanningFacts.derivedId(e, "result"), e.occurredAt(),
                    result));
        });
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
