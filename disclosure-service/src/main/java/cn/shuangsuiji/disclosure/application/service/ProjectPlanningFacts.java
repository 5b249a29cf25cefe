package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.disclosure.PlanDisclosed;
import cn.shuangsuiji.contracts.planning.PlanAmended;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanPublished;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.disclosure.application.port.in.PlanningFactsProjection;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.domain.PlanDossier;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * 计划公告 — applies PlanApproved / PlanAmended / PlanPublished / PlanWithdrawn to the plan dossier; when the public
 * announcement changes, the new announcement goes to the public feed in the same transaction.
 */
@Service
class ProjectPlanningFacts implements PlanningFactsProjection {

    private final PlanViews plans;
    private final EventPublisher publisher;
    private final TypedHandlers handlers;

    ProjectPlanningFacts(PlanViews plans, EventPublisher publisher) {
        this.plans = plans;
        this.publisher = publisher;
        this.handlers = new TypedHandlers()
                .on(PlanApproved.class, e -> change(e, e.planId(), d -> d.approve(e)))
                .on(PlanAmended.class, e -> change(e, e.planId(), d -> d.amend(e)))
                .on(PlanPublished.class, e -> change(e, e.planId(), d -> d.publish(e)))
                .on(PlanWithdrawn.class, e -> change(e, e.planId(), d -> d.withdraw(e)));
    }

    @Override
    public void apply(IntegrationEvent event) {
        handlers.handle(event);
    }

    private void change(IntegrationEvent event, String planId, UnaryOperator<PlanDossier> change) {
        PlanDossier before = plans.find(planId).orElseGet(() -> PlanDossier.empty(planId));
        PlanDossier after = change.apply(before);
        plans.save(after);
        if (after.published() != null && !Objects.equals(before.published(), after.published())) {
            publisher.publish(new PlanDisclosed(derivedId(event, "plan"), event.occurredAt(), after.published()));
        }
    }

    static UUID derivedId(IntegrationEvent source, String kind) {
        return UUID.nameUUIDFromBytes((source.eventId() + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
