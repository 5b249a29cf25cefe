package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.disclosure.DrawDisclosed;
import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.disclosure.application.port.in.DrawFactsProjection;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import cn.shuangsuiji.disclosure.domain.TargetDisclosurePolicy;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 任务公告 — applies the draw events to the draw dossier: the commitment at once, then execution, substitutions,
 * replacements and abandonment. When what the public sees today changes, it goes to the public feed in the same
 * transaction. Whether targets are withheld is decided at commitment from the plan task and the policy.
 */
@Service
class ProjectDrawFacts implements DrawFactsProjection {

    private final DrawViews draws;
    private final PlanViews plans;
    private final EntityDirectory entities;
    private final TargetDisclosurePolicy policy;
    private final EventPublisher publisher;
    private final Clock clock;
    private final TypedHandlers handlers;

    ProjectDrawFacts(DrawViews draws, PlanViews plans, EntityDirectory entities, TargetDisclosurePolicy policy,
                     EventPublisher publisher, Clock clock) {
        this.draws = draws;
        this.plans = plans;
        this.entities = entities;
        this.policy = policy;
        this.publisher = publisher;
        this.clock = clock;
        this.handlers = new TypedHandlers()
                .on(DrawCommitted.class, e -> change(e, e.drawId(), d -> d.orElseGet(() -> commit(e))))
                .on(DrawCompleted.class, e -> change(e, e.drawId(),
                        d -> d.orElseGet(() -> commit(committedFrom(e))).complete(e, entities::find)))
                .on(TargetSubstituted.class, e -> change(e, e.drawId(),
                        d -> d.map(x -> x.substitute(e, entities::find)).orElse(null)))
                .on(InspectorReplaced.class, e -> change(e, e.drawId(),
                        d -> d.map(x -> x.replaceInspector(e)).orElse(null)))
                .on(DrawAbandoned.class, e -> change(e, e.drawId(), d -> d.map(x -> x.abandon(e)).orElse(null)));
    }

    @Override
    public void apply(IntegrationEvent event) {
        handlers.handle(event);
    }

    private void change(IntegrationEvent event, String drawId, Function<Optional<DrawDossier>, DrawDossier> change) {
        LocalDate today = PublicCalendar.today(clock);
        Optional<DrawDossier> before = draws.find(drawId);
        DrawDossier after = change.apply(before);
        if (after == null) {
            return;
        }
        PublicDraw shown = after.publicOn(today);
        if (before.isEmpty() || !Objects.equals(before.get().publicOn(today), shown)) {
            after = after.announcedOn(today);
            publisher.publish(new DrawDisclosed(ProjectPlanningFacts.derivedId(event, "draw"), event.occurredAt(),
                    shown));
        }
        draws.save(after);
    }

    private DrawDossier commit(DrawCommitted e) {
        Optional<PlanTask> task = plans.find(e.planId()).flatMap(p -> p.task(e.planVersion(), e.taskId()));
        return DrawDossier.committed(e, task.map(PlanTask::name).orElse(null), policy.decide(task));
    }

    /** A draw whose commitment was never seen (should not happen: one key keeps one draw's events in order). */
    private DrawCommitted committedFrom(DrawCompleted e) {
        int version = plans.find(e.planId()).flatMap(p -> p.approved().stream()
                .map(a -> a.planVersion()).max(Integer::compare)).orElse(0);
        return new DrawCommitted(e.eventId(), e.occurredAt(), e.drawId(), e.planId(), version, e.taskId(), e.year(),
                e.level(), null, List.of(), List.of(), List.of(), e.commitmentHash(), e.beaconNetwork(),
                e.beaconRound(), 0, 0, null);
    }

}
