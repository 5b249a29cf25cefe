package cn.shuangsuiji.draw.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.draw.DispatchDeadlineMoved;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.draw.application.port.out.DispatchDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dispatch-confirmation deadline counted with the provisional 2027 moves when 2027's schedule is adopted: one
 * {@code DispatchDeadlineMoved} per moved dispatch, none for an untouched one, nothing for an equal version, and the
 * draw calendar answers with the official year afterwards.
 */
class AdoptCalendarYearTest {

    /** A 2027 notice for the test (not the real one): 春节 Fri 5 – Fri 12 Feb. */
    private static final String NOTICE_2027 = """
            2027-01-01 holiday 元旦
            2027-02-05 holiday 春节
            2027-02-06 holiday 春节
            2027-02-07 holiday 春节
            2027-02-08 holiday 春节
            2027-02-09 holiday 春节
            2027-02-10 holiday 春节
            2027-02-11 holiday 春节
            2027-02-12 holiday 春节
            2027-02-20 workday 春节调休
            """;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.live(WorkingDayCalendar.bundled()
            .withProvisionalYears());
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final AdoptCalendarYear adopt = new AdoptCalendarYear(deadlines,
            new DrawSettings(false, calendar, ZoneId.of("Asia/Shanghai")), published::add,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aProvisionalDispatchDeadlineMovesAndIsPublished() {
        LocalDate thursday = LocalDate.of(2027, 2, 4);
        assertThat(calendar.deadline(thursday, 1).provisional()).isTrue();
        LocalDate provisional = calendar.addWorkingDays(thursday, 1); // Thu 11 Feb (5, 8–10 off provisionally)
        assertThat(provisional).isEqualTo(LocalDate.of(2027, 2, 11));
        deadlines.stored.add(new DispatchDeadlines.StoredDispatch("draw-1", "qy-amr", thursday, provisional));
        LocalDate march = LocalDate.of(2027, 3, 1);
        deadlines.stored.add(new DispatchDeadlines.StoredDispatch("draw-2", "qy-psb", march,
                calendar.addWorkingDays(march, 1)));

        int moved = adopt.apply(event(1, NOTICE_2027));

        assertThat(moved).isEqualTo(1);
        assertThat(published).singleElement().isInstanceOfSatisfying(DispatchDeadlineMoved.class, e -> {
            assertThat(e.drawId()).isEqualTo("draw-1");
            assertThat(e.departmentId()).isEqualTo("qy-amr");
            assertThat(e.previousDeadline()).isEqualTo(LocalDate.of(2027, 2, 11));
            assertThat(e.deadline()).isEqualTo(LocalDate.of(2027, 2, 15));
            assertThat(e.calendarYear()).isEqualTo(2027);
            assertThat(e.calendarVersion()).isEqualTo(1);
        });
        assertThat(deadlines.moved).containsEntry("draw-1/qy-amr", LocalDate.of(2027, 2, 15));
        assertThat(calendar.deadline(thursday, 1).provisional()).isFalse();
        assertThat(calendar.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(deadlines.adopted).containsKey(2027);
    }

    @Test
    void anEqualVersionChangesNothing() {
        adopt.apply(event(1, NOTICE_2027));
        LocalDate thursday = LocalDate.of(2027, 2, 4);
        deadlines.stored.add(new DispatchDeadlines.StoredDispatch("draw-3", "qy-amr", thursday,
                LocalDate.of(2027, 2, 11)));
        published.clear();

        assertThat(adopt.apply(event(1, "2027-01-01 holiday 元旦\n"))).isZero();
        assertThat(published).isEmpty();
        assertThat(calendar.adoptedVersion(Year.of(2027))).isEqualTo(1);
    }

    @Test
    void atStartUpTheAdoptedYearsAreAdoptedAgain() {
        deadlines.adopted.put(2027, new DispatchDeadlines.AdoptedYear(2027, 2, NOTICE_2027));

        adopt.afterSingletonsInstantiated();

        assertThat(calendar.adoptedVersion(Year.of(2027))).isEqualTo(2);
        assertThat(calendar.isProvisional(Year.of(2027))).isFalse();
    }

    private static CalendarYearPublished event(int version, String schedule) {
        return new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, version, schedule,
                OfficialSchedule.sha256(schedule), null, "admin");
    }

    /** The port in memory. */
    private static final class InMemoryDeadlines implements DispatchDeadlines {
        final List<StoredDispatch> stored = new ArrayList<>();
        final Map<String, LocalDate> moved = new HashMap<>();
        final Map<Integer, AdoptedYear> adopted = new HashMap<>();

        @Override
        public List<StoredDispatch> touching(LocalDate from, LocalDate to) {
            return stored.stream().filter(d -> !d.deadline().isBefore(from) && !d.dispatchedOn().isAfter(to))
                    .toList();
        }

        @Override
        public void move(StoredDispatch dispatch, LocalDate newDeadline) {
            moved.put(dispatch.drawId() + "/" + dispatch.departmentId(), newDeadline);
        }

        @Override
        public Optional<AdoptedYear> adopted(int year) {
            return Optional.ofNullable(adopted.get(year));
        }

        @Override
        public List<AdoptedYear> adoptedYears() {
            return List.copyOf(adopted.values());
        }

        @Override
        public void saveAdopted(AdoptedYear year) {
            adopted.put(year.year(), year);
        }
    }
}
