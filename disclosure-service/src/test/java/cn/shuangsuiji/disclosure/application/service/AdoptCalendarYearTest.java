package cn.shuangsuiji.disclosure.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.disclosure.application.port.out.AdoptedCalendarYears;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Adopting a published year: newer versions only, stored, and adopted again by the calendar of the next start. */
class AdoptCalendarYearTest {

    static final String NOTICE = """
            2027-01-01 holiday 元旦
            2027-02-05 holiday 春节
            2027-02-08 holiday 春节
            2027-02-09 holiday 春节
            2027-02-10 holiday 春节
            2027-02-11 holiday 春节
            2027-02-12 holiday 春节
            """;

    private final InMemoryYears store = new InMemoryYears();

    @Test
    void adoptsNewerVersionsOnlyAndTheNextStartAdoptsThemAgain() {
        WorkingDayCalendar calendar = WorkingDayCalendar.live(WorkingDayCalendar.bundled().withProvisionalYears());
        AdoptCalendarYear adopt = new AdoptCalendarYear(store, calendar);
        LocalDate february = LocalDate.of(2027, 2, 1);
        assertThat(calendar.deadline(february, 5).provisional()).isTrue();

        assertThat(adopt.apply(published(1, NOTICE))).isTrue();
        assertThat(calendar.deadline(february, 5).provisional()).isFalse();
        assertThat(calendar.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(adopt.apply(published(1, "2027-01-01 holiday 元旦\n"))).isFalse();
        assertThat(store.years.get(2027).version()).isEqualTo(1);

        WorkingDayCalendar restarted = WorkingDayCalendar.live(WorkingDayCalendar.bundled().withProvisionalYears());
        new AdoptCalendarYear(store, restarted).afterSingletonsInstantiated();
        assertThat(restarted.adoptedVersion(Year.of(2027))).isEqualTo(1);
        assertThat(restarted.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 16));
    }

    private static CalendarYearPublished published(int version, String schedule) {
        return new CalendarYearPublished(UUID.randomUUID(), Instant.parse("2026-12-01T00:00:00Z"), 2027, version,
                schedule, OfficialSchedule.sha256(schedule), null, "admin");
    }

    private static final class InMemoryYears implements AdoptedCalendarYears {

        final TreeMap<Integer, AdoptedYear> years = new TreeMap<>();

        @Override
        public Optional<AdoptedYear> adopted(int year) {
            return Optional.ofNullable(years.get(year));
        }

        @Override
        public List<AdoptedYear> all() {
            return List.copyOf(years.values());
        }

        @Override
        public void save(AdoptedYear year) {
            years.put(year.year(), year);
        }
    }
}
