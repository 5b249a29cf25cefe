package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** A 2027 deadline is provisional until 2027's notice is adopted, then official; adoption is versioned. */
class LiveCalendarTest {

    /** A 2027 notice for the tests (not the real one): 春节 Fri 5 – Fri 12 Feb, Saturday 20 Feb a working day. */
    static final String NOTICE_2027 = """
            # test notice for 2027
            2027-01-01 holiday 元旦
            2027-02-05 holiday 春节
            2027-02-06 holiday 春节
            2027-02-07 holiday 春节
            2027-02-08 holiday 春节
            2027-02-09 holiday 春节
            2027-02-10 holiday 春节
            2027-02-11 holiday 春节  # 调休
            2027-02-12 holiday 春节  # 调休
            2027-02-20 workday 春节调休
            """;

    private static final LocalDate MONDAY_1_FEB_2027 = LocalDate.of(2027, 2, 1);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.live(WorkingDayCalendar.bundled()
            .withProvisionalYears());

    @Test
    void a2027DeadlineIsComputedProvisionallyAndMarkedSo() {
        Deadline deadline = calendar.deadline(MONDAY_1_FEB_2027, 5);

        // provisional 2027: 5 Feb (除夕) and 8–10 Feb (初三 and 补假) off → 2, 3, 4, 11, 12 Feb
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.provisionalYears()).containsExactly(Year.of(2027));
    }

    @Test
    void adoptingThe2027NoticeMakesTheDeadlineOfficialAndMovesIt() {
        Deadline provisional = calendar.deadline(MONDAY_1_FEB_2027, 5);

        boolean changed = calendar.adopt(new OfficialSchedule(Year.of(2027), 1, NOTICE_2027, "test:2027 v1"));

        Deadline official = calendar.deadline(MONDAY_1_FEB_2027, 5);
        assertThat(changed).isTrue();
        assertThat(official.due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(official.provisional()).isFalse();
        assertThat(provisional.movedBy(calendar)).isTrue();
        assertThat(calendar.isProvisional(Year.of(2027))).isFalse();
        assertThat(calendar.coveredYears()).contains(Year.of(2027));
        assertThat(calendar.adoptedVersion(Year.of(2027))).isEqualTo(1);
        assertThat(calendar.makeUpWorkdayLabel(LocalDate.of(2027, 2, 20))).contains("春节调休");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    }

    @Test
    void anEqualOrOlderVersionChangesNothingAndANewerOneReplacesIt() {
        calendar.adopt(new OfficialSchedule(Year.of(2027), 2, NOTICE_2027, "test:2027 v2"));
        WorkingDayCalendar before = calendar.snapshot();

        assertThat(calendar.adopt(new OfficialSchedule(Year.of(2027), 2, "2027-01-01 holiday 元旦\n", "again")))
                .isFalse();
        assertThat(calendar.adopt(new OfficialSchedule(Year.of(2027), 1, "2027-01-01 holiday 元旦\n", "older")))
                .isFalse();
        assertThat(calendar.snapshot()).isSameAs(before);

        assertThat(calendar.adopt(new OfficialSchedule(Year.of(2027), 3, "2027-01-01 holiday 元旦\n", "v3")))
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isTrue();
        assertThat(calendar.adoptedVersion(Year.of(2027))).isEqualTo(3);
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheLiveCalendarAdopts() {
        WorkingDayCalendar before = calendar.snapshot();

        calendar.adopt(new OfficialSchedule(Year.of(2027), 1, NOTICE_2027, "test"));

        assertThat(before.isProvisional(Year.of(2027))).isTrue();
        assertThat(before.addWorkingDays(MONDAY_1_FEB_2027, 5)).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(calendar.addWorkingDays(MONDAY_1_FEB_2027, 5)).isEqualTo(LocalDate.of(2027, 2, 16));
    }

    @Test
    void onlyALiveCalendarAdopts() {
        assertThatThrownBy(() -> WorkingDayCalendar.bundled().adopt(
                new OfficialSchedule(Year.of(2027), 1, NOTICE_2027, "test")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(WorkingDayCalendar.bundled().isLive()).isFalse();
        assertThat(WorkingDayCalendar.fromSettings(null, null).withProvisionalYears().isLive()).isFalse();
        assertThat(WorkingDayCalendar.fromEnvironment().isLive()).isTrue();
    }

    @Test
    void aWrongScheduleIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> new OfficialSchedule(Year.of(2027), 1,
                "2027-01-01 holiday 元旦\n2027-02-01 workday 周一\n", "api:2027"))
                .isInstanceOf(InvalidCalendarData.class)
                .hasMessageStartingWith("api:2027:2:");
        assertThatThrownBy(() -> new OfficialSchedule(Year.of(2027), 0, NOTICE_2027, "api:2027"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
