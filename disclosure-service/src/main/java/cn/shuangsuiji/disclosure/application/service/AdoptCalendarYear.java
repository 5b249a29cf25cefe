package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.disclosure.application.port.in.CalendarAdoption;
import cn.shuangsuiji.disclosure.application.port.out.AdoptedCalendarYears;
import cn.shuangsuiji.disclosure.application.port.out.AdoptedCalendarYears.AdoptedYear;
import java.time.Year;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 采用年度节假日安排 — a year's official schedule was published (planning-service, {@code CalendarYearPublished}): the
 * adopted version is stored and, after commit, the live working-day calendar answers with it, so monthly reports and
 * KPIs (working-day deadlines of S3) count with the official year without a restart. The disclosure service stores no
 * deadlines: its figures are computed when asked, so nothing else is recomputed. A version not newer than the adopted
 * one changes nothing. At start-up the adopted versions are adopted again.
 *
 * <p>Runs inside the consumer's transaction ({@code IdempotentConsumer}).
 */
@Service
class AdoptCalendarYear implements CalendarAdoption, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdoptCalendarYear.class);

    private final AdoptedCalendarYears adoptedYears;
    private final WorkingDayCalendar calendar;

    AdoptCalendarYear(AdoptedCalendarYears adoptedYears, WorkingDayCalendar calendar) {
        this.adoptedYears = adoptedYears;
        this.calendar = calendar;
    }

    @Override
    public boolean apply(CalendarYearPublished published) {
        Optional<AdoptedYear> adopted = adoptedYears.adopted(published.year());
        if (adopted.isPresent() && adopted.get().version() >= published.version()) {
            log.info("Calendar {} v{} ignored: v{} adopted already", published.year(), published.version(),
                    adopted.get().version());
            return false;
        }
        OfficialSchedule schedule = new OfficialSchedule(Year.of(published.year()), published.version(),
                published.schedule(), "CalendarYearPublished " + published.year() + " v" + published.version());
        adoptedYears.save(new AdoptedYear(published.year(), published.version(), published.schedule()));
        afterCommit(() -> calendar.adopt(schedule));
        log.info("Calendar {} v{} adopted", published.year(), published.version());
        return true;
    }

    /** At start-up: the live calendar adopts every schedule adopted before. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!calendar.isLive()) {
            return;
        }
        for (AdoptedYear year : adoptedYears.all()) {
            calendar.adopt(new OfficialSchedule(Year.of(year.year()), year.version(), year.schedule(),
                    "adopted " + year.year() + " v" + year.version()));
        }
    }

    private void afterCommit(Runnable action) {
        if (!calendar.isLive()) {
            return;
        }
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
