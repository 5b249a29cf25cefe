package cn.shuangsuiji.inspection.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.calendar.DeadlineShift;
import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.inspection.InspectionDeadlineMoved;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.inspection.InspectionItSupport;
import cn.shuangsuiji.inspection.domain.record.DueDates;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.messaging.ProcessedEvent;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real MongoDB and Kafka: a part's deadlines in February 2027 are counted with the provisional 2027 and marked so;
 * when planning-service publishes 2027's schedule, the service recomputes them, stores the moved dates, publishes one
 * {@code InspectionDeadlineMoved} per moved deadline, answers with the official year at once (no restart), leaves a
 * deadline the schedule does not touch alone, and applies a redelivery or an equal version no second time.
 */
@RequiresRealInfra
@SpringBootTest
class CalendarYearAdoptionIT {

    /** A 2027 notice for the test (not the real one): 春节 Fri 5 – Fri 12 Feb, Saturday 20 Feb a working day. */
    static final String NOTICE_2027 = """
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

    private static final String GROUP = "inspection-calendar-it-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) {
        RealInfra.register(properties, RealInfra.uniqueDatabase("inspection_calendar_it"));
        properties.add("spring.kafka.consumer.group-id", () -> GROUP);
        properties.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
        properties.add("ssj.kafka.retries", () -> "1");
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventCodec codec;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void loadingThe2027ScheduleRecomputesTheProvisionalDeadlinesAndPublishesEachMovedOne() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var container = listeners.getListenerContainer("inspection-calendar");
            return container != null && container.getAssignedPartitions() != null
                    && !container.getAssignedPartitions().isEmpty();
        });
        LocalDate february = LocalDate.of(2027, 2, 1);
        LocalDate march = LocalDate.of(2027, 3, 1);
        assertThat(calendar.isLive()).isTrue();
        assertThat(calendar.deadline(february, 5).provisional()).isTrue();
        WorkingDayCalendar provisional = calendar.snapshot();
        DueDates februaryDue = DueDates.after(february, PolicyTerms.DEFAULT, calendar);
        DueDates marchDue = DueDates.after(march, PolicyTerms.DEFAULT, calendar);
        assertThat(februaryDue.resultEntry()).isEqualTo(LocalDate.of(2027, 2, 12));
        String recordId = "cal-it-" + UUID.randomUUID();
        String untouchedId = "cal-it-" + UUID.randomUUID();
        mongo.insert(record(recordId, february, februaryDue));
        mongo.insert(record(untouchedId, march, marchDue));

        CalendarYearPublished published = new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, 1,
                NOTICE_2027, OfficialSchedule.sha256(NOTICE_2027), "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                "admin");
        InspectionItSupport.publish(codec, published);

        WorkingDayCalendar official = provisional.withOfficialYear(
                new OfficialSchedule(Year.of(2027), 1, NOTICE_2027, "test"));
        DueDates expected = DueDates.after(february, PolicyTerms.DEFAULT, official);
        await().atMost(Duration.ofSeconds(30)).until(() -> dueDates(recordId).equals(expected));
        assertThat(expected.resultEntry()).isEqualTo(LocalDate.of(2027, 2, 16));
        await().atMost(Duration.ofSeconds(10)).until(() -> !calendar.deadline(february, 5).provisional());
        assertThat(calendar.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(dueDates(untouchedId)).isEqualTo(marchDue);

        long movedCount = List.of(februaryDue.resultEntry(), februaryDue.violationReferral(),
                        februaryDue.resultPublication()).stream()
                .filter(due -> DeadlineShift.moved(february, due, provisional, official).isPresent()).count();
        assertThat(movedCount).isGreaterThanOrEqualTo(2);
        List<ConsumerRecord<String, String>> events =
                TopicProbe.readByKey(Topics.INSPECTION_RESULTS, recordId, (int) movedCount);
        assertThat(events).hasSize((int) movedCount);
        assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsOnly("ssj.inspection.InspectionDeadlineMoved");
        InspectionDeadlineMoved entry = events.stream()
                .map(r -> (InspectionDeadlineMoved) codec.decode(TopicProbe.header(r, "ce_type"), r.value()))
                .filter(e -> e.deadlineKind().equals("RESULT_ENTRY")).findFirst().orElseThrow();
        assertThat(entry.previousDueDate()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(entry.checkDate()).isEqualTo(february);
        assertThat(entry.calendarYear()).isEqualTo(2027);
        assertThat(entry.calendarVersion()).isEqualTo(1);

        long version = recordVersion(recordId);
        InspectionItSupport.publish(codec, published);
        CalendarYearPublished sameVersionAgain = new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, 1,
                "2027-01-01 holiday 元旦\n", OfficialSchedule.sha256("2027-01-01 holiday 元旦\n"), null, "admin");
        InspectionItSupport.publish(codec, sameVersionAgain);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is("inspection-calendar:" + sameVersionAgain.eventId())), ProcessedEvent.class));
        assertThat(recordVersion(recordId)).isEqualTo(version);
        assertThat(dueDates(recordId)).isEqualTo(expected);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
    }

    private DueDates dueDates(String id) {
        return mongo.findById(id, InspectionRecordDocument.class).parts().get(0).dueDates();
    }

    private long recordVersion(String id) {
        return mongo.findById(id, InspectionRecordDocument.class).version();
    }

    private static InspectionRecordDocument record(String id, LocalDate checkDate, DueDates due) {
        PartDocument part = new PartDocument("qy-amr", List.of(), "CHECKED", null, null,
                new OnSiteCheck(checkDate, List.of("amr-1", "amr-2"), true), null, List.of(), null, List.of(),
                List.of(), due, false);
        return new InspectionRecordDocument(id, 1, "draw-" + id, "plan-1", "task-1", "entity-" + id, null, null,
                "qy-amr", "130634", checkDate.minusDays(7), PolicyTerms.DEFAULT, "amr-1", List.of(), List.of(part),
                "OPEN", List.of(), List.of(), null, null, null, null, false, Instant.now(), false, List.of(), List.of());
    }
}
