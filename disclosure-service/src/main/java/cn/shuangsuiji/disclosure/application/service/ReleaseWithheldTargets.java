package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.DrawDisclosed;
import cn.shuangsuiji.disclosure.application.port.in.ReleaseWithheldTargetsUseCase;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import cn.shuangsuiji.disclosure.domain.TargetDisclosurePolicy;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 延后公示 — when a withheld draw's inspection window has ended, its targets become public: the dossier is marked
 * released and the announcement with targets goes to the public feed, one draw per transaction.
 */
@Service
class ReleaseWithheldTargets implements ReleaseWithheldTargetsUseCase {

    private final DrawViews draws;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PlanViews plans;
    private final TargetDisclosurePolicy policy;

    ReleaseWithheldTargets(DrawViews draws, PlanViews plans, TargetDisclosurePolicy policy, EventPublisher publisher,
                           TransactionTemplate transactions, Clock clock) {
        this.draws = draws;
        this.plans = plans;
        this.policy = policy;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int releaseDue() {
        LocalDate today = PublicCalendar.today(clock);
        for (DrawDossier waiting : draws.undecided()) {
            transactions.executeWithoutResult(status -> decideAgain(waiting.full().drawId(), today));
        }
        int released = 0;
        for (DrawDossier due : draws.dueForRelease(today)) {
            transactions.executeWithoutResult(status -> {
                DrawDossier current = draws.find(due.full().drawId()).orElse(due);
                if (!current.dueForRelease(today)) {
                    return;
                }
                draws.save(current.release().announcedOn(today));
                UUID id = UUID.nameUUIDFromBytes((current.full().drawId() + ":release")
                        .getBytes(StandardCharsets.UTF_8));
                publisher.publish(new DrawDisclosed(id, clock.instant(), current.publicOn(today)));
            });
            released++;
        }
        return released;
    }

    /** A draw whose plan task was unknown at commitment: decide its withholding now that the plan may be known. */
    private void decideAgain(String drawId, LocalDate today) {
        draws.find(drawId).filter(DrawDossier::undecided).ifPresent(current -> {
            Optional<PlanTask> task = plans.find(current.full().planId())
                    .flatMap(p -> p.task(current.full().planVersion(), current.full().taskId()));
            if (task.isEmpty()) {
                return;
            }
            DrawDossier decided = current.redecide(policy.decide(task), task.get().name());
            if (!current.publicOn(today).equals(decided.publicOn(today))) {
                decided = decided.announcedOn(today);
                UUID id = UUID.nameUUIDFromBytes((drawId + ":decided").getBytes(StandardCharsets.UTF_8));
                publisher.publish(new DrawDisclosed(id, clock.instant(), decided.publicOn(today)));
            }
            draws.save(decided);
        });
    }
}
