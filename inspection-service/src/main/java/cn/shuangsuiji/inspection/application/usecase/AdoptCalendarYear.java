package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.calendar.DeadlineShift;
import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.inspection.InspectionDeadlineMoved;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.inspection.application.port.out.CalendarDeadlines;
import cn.shuangsuiji.inspection.application.port.out.CalendarDeadlines.AdoptedYear;
import cn.shuangsuiji.inspection.application.port.out.CalendarDeadlines.StoredDeadline;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 采用年度节假日安排 — a year's official schedule was published (planning-service, {@code CalendarYearPublished}): every
 * stored deadline whose period touches that year is counted again with it (the number of working days read back from
 * the calendar it was counted with), each one that moved is stored and published as {@code InspectionDeadlineMoved},
 * and after commit the service's live calendar answers with the new schedule. A version not newer than the adopted
 * one changes nothing. At start-up the adopted versions are adopted again.
 *
 * <p>Runs inside the consumer's transaction ({@code IdempotentConsumer}), so the moved dates, their events and the
 * adopted version are stored together or not at all.
 */
@Service
public class AdoptCalendarYear implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdoptCalendarYear.class);

    private final CalendarDeadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final EventPublisher events;
    private final Clock clock;

    AdoptCalendarYear(CalendarDeadlines deadlines, WorkingDayCalendar calendar, EventPublisher events, Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Applies a published schedule; returns the number of deadlines that moved. */
    public int apply(CalendarYearPublished published) {
        OfficialSchedule schedule = new OfficialSchedule(Year.of(published.year()), published.version(),
                published.schedule(), "CalendarYearPublished " + published.year() + " v" + published.version());
        Optional<AdoptedYear> adopted = deadlines.adopted(published.year());
        if (adopted.isPresent() && adopted.get().version() >= published.version()) {
            log.info("Calendar {} v{} ignored: v{} adopted already", published.year(), published.version(),
                    adopted.get().version());
            return 0;
        }
        WorkingDayCalendar before = calendar.snapshot();
        WorkingDayCalendar after = before.withOfficialYear(schedule);
        int moved = 0;
        for (StoredDeadline deadline : deadlines.touching(schedule.affectsFrom(), schedule.affectsTo())) {
            Optional<LocalDate> newDue = DeadlineShift.moved(deadline.start(), deadline.due(), before, after);
            if (newDue.isPresent()) {
                deadlines.move(deadline, newDue.get());
                events.publish(new InspectionDeadlineMoved(UUID.randomUUID(), clock.instant(),
                        deadline.inspectionId(), deadline.departmentId(), deadline.kind(), deadline.start(),
                        deadline.due(), newDue.get(), published.year(), published.version()));
                moved++;
            }
        }
        deadlines.saveAdopted(new AdoptedYear(published.year(), published.version(), published.schedule()));
        afterCommit(() -> calendar.adopt(schedule));
        log.info("Calendar {} v{} adopted: {} deadline(s) moved", published.year(), published.version(), moved);
        return moved;
    }

    /** At start-up: the live calendar adopts every schedule adopted before. */
    @Override
    public void afterSingletonsInstantiated() {
        for (AdoptedYear year : deadlines.adoptedYears()) {
            calendar.adopt(new OfficialSchedule(Year.of(year.year()), year.version(), year.schedule(),
                    "adopted " + year.year() + " v" + year.version()));
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
