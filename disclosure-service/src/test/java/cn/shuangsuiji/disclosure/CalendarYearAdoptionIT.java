package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.calendar.OfficialSchedule;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real MongoDB and Kafka: the reports' calendar counts February 2027 with the provisional 2027 until planning-service
 * publishes 2027's schedule; then it answers with the official year at once (no restart), stores the adopted version
 * (for the next start) and ignores an equal version with another schedule.
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

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) {
        RealInfra.register(properties, RealInfra.uniqueDatabase("disclosure_calendar_it"));
        properties.add("spring.kafka.consumer.group-id", () -> "disclosure-calendar-it-" + UUID.randomUUID());
        properties.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
    }

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void adoptsAPublishedYearWithoutARestartAndOnlyANewerVersion() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var container = listeners.getListenerContainer("disclosure-calendar");
            return container != null && container.getAssignedPartitions() != null
                    && !container.getAssignedPartitions().isEmpty();
        });
        LocalDate february = LocalDate.of(2027, 2, 1);
        assertThat(calendar.isLive()).isTrue();
        assertThat(calendar.deadline(february, 5).provisional()).isTrue();
        assertThat(calendar.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 12));

        send(new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, 1, NOTICE_2027,
                OfficialSchedule.sha256(NOTICE_2027), "国务院办公厅关于2027年部分节假日安排的通知（测试）", "admin"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !calendar.deadline(february, 5).provisional());
        assertThat(calendar.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(calendar.adoptedVersion(java.time.Year.of(2027))).isEqualTo(1);
        Document stored = mongo.getCollection("calendar_years_adopted").find(new Document("_id", 2027)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getInteger("version")).isEqualTo(1);

        // the same version again (another event id, another schedule): ignored
        String other = NOTICE_2027.replace("2027-02-12 holiday 春节\n", "");
        send(new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, 1, other,
                OfficialSchedule.sha256(other), null, "admin"));
        // a marker after it on the same partition (key calendar-2027): once version 2 is adopted, v1' was handled
        String v2 = NOTICE_2027 + "2027-02-15 holiday 测试假日\n";
        send(new CalendarYearPublished(UUID.randomUUID(), Instant.now(), 2027, 2, v2, OfficialSchedule.sha256(v2),
                null, "admin"));
        await().atMost(Duration.ofSeconds(30)).until(() -> calendar.adoptedVersion(java.time.Year.of(2027)) == 2);
        assertThat(calendar.deadline(february, 5).due()).isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(mongo.getCollection("calendar_years_adopted").find(new Document("_id", 2027)).first()
                .getInteger("version")).isEqualTo(2);
    }

    private void send(IntegrationEvent event) {
        TopicProbe.send(event.topic(), event.aggregateId(), codec.encode(event),
                Map.of("ce_type", event.eventType(), "ce_id", event.eventId().toString()));
    }
}
