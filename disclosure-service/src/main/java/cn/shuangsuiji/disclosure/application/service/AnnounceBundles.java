package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.DrawDisclosed;
import cn.shuangsuiji.disclosure.application.port.in.AnnounceBundlesUseCase;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 证据包公示 — a draw announced before its inspection window ended shows its bundle link (and, for a draw whose targets
 * were withheld, its targets) only from the day after the window. That day the announcement as the public then sees
 * it goes to the public draw topic, once per draw: the dossier is marked in the same transaction as the outbox entry,
 * so a run after a restart, a second instance or a repeated check finds nothing left to announce; the event id is
 * derived from the draw id, so even a replayed announcement carries the same id. Draws whose targets are released
 * that day are announced by {@link ReleaseWithheldTargets} with the bundle link and are not announced again.
 */
@Service
class AnnounceBundles implements AnnounceBundlesUseCase {

    private final DrawViews draws;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AnnounceBundles(DrawViews draws, EventPublisher publisher, TransactionTemplate transactions, Clock clock) {
        this.draws = draws;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int announceDue() {
        LocalDate today = PublicCalendar.today(clock);
        int announced = 0;
        for (DrawDossier due : draws.bundlesDue(today)) {
            Boolean done = transactions.execute(status -> {
                DrawDossier current = draws.find(due.full().drawId()).orElse(due);
                if (!current.bundleDueForAnnouncement(today)) {
                    return false;
                }
                draws.save(current.announcedOn(today));
                UUID id = UUID.nameUUIDFromBytes((current.full().drawId() + ":bundle")
                        .getBytes(StandardCharsets.UTF_8));
                publisher.publish(new DrawDisclosed(id, clock.instant(), current.publicOn(today)));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                announced++;
            }
        }
        return announced;
    }
}
