package cn.shuangsuiji.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * Two outbox relays (two instances of one service) on one real MongoDB database: only the lease holder sends, each
 * event once and in storage order; when the holder dies the other takes over after the lease expires, at once when
 * the holder stops cleanly. Kafka is a {@link MockProducer} per instance, which records what each one sent.
 */
@RequiresRealInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayLeaseIT {

    private static final Duration TTL = Duration.ofSeconds(15);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    MongoClient client;
    MongoTemplate mongo;
    MutableClock clock;
    MockProducer<String, String> producerA;
    MockProducer<String, String> producerB;
    OutboxRelay relayA;
    OutboxRelay relayB;

    @BeforeAll
    void connect() {
        client = MongoClients.create(RealInfra.mongoUri());
        mongo = new MongoTemplate(client, RealInfra.uniqueDatabase("platform_outbox_lease_it"));
    }

    @AfterAll
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    @BeforeEach
    void twoInstances() {
        mongo.remove(new Query(), OutboxRecord.COLLECTION);
        mongo.remove(new Query(), OutboxLease.COLLECTION);
        clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
        producerA = new KeptOpenProducer();
        producerB = new KeptOpenProducer();
        relayA = relay(producerA, "instance-a");
        relayB = relay(producerB, "instance-b");
    }

    private OutboxRelay relay(MockProducer<String, String> producer, String owner) {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
        return new OutboxRelay(mongo, kafka, clock, Duration.ofSeconds(1), SEND_TIMEOUT, true,
                new OutboxLease(mongo, clock, TTL, owner));
    }

    @Test
    void onlyTheLeaseHolderSendsAndEachEventLeavesOnceInStorageOrder() {
        store(0, 450);

        assertThat(relayA.drain()).isEqualTo(450);
        store(450, 50);
        assertThat(relayB.drain()).as("the other instance does not send while the lease is held").isZero();
        assertThat(relayA.drain()).isEqualTo(50);

        assertThat(producerB.history()).isEmpty();
        assertThat(sentIds(producerA.history())).containsExactlyElementsOf(ids(0, 500));
        assertThat(relayA.pendingCount()).isZero();
    }

    @Test
    void twoRelaysDrainingAtTheSameTimeSendEachEventOnceAndInOrder() throws Exception {
        store(0, 1000);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(relayA::drain);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(relayB::drain);
        int sent = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);

        assertThat(sent).isEqualTo(1000);
        List<ProducerRecord<String, String>> all = new ArrayList<>(producerA.history());
        all.addAll(producerB.history());
        assertThat(producerA.history().isEmpty() || producerB.history().isEmpty())
                .as("one instance sent everything").isTrue();
        assertThat(sentIds(all)).containsExactlyElementsOf(ids(0, 1000));
    }

    @Test
    void whenTheHolderDiesTheOtherInstanceTakesOverAfterTheLeaseExpires() {
        store(0, 100);
        assertThat(relayA.drain()).isEqualTo(100);
        // instance A is SIGKILLed: it neither sends nor releases the lease
        store(100, 60);

        clock.advance(TTL.minusSeconds(1));
        assertThat(relayB.drain()).as("lease still valid").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(relayB.drain()).as("lease expired: B takes over").isEqualTo(60);

        assertThat(sentIds(producerA.history())).containsExactlyElementsOf(ids(0, 100));
        assertThat(sentIds(producerB.history())).containsExactlyElementsOf(ids(100, 160));
        assertThat(relayB.pendingCount()).isZero();
        // and A, should it come back, no longer sends
        store(160, 5);
        assertThat(relayA.drain()).isZero();
        assertThat(relayB.drain()).isEqualTo(5);
    }

    @Test
    void theSameInstanceRestartedAfterAKillResumesAtOnce() {
        store(0, 10);
        assertThat(relayA.drain()).isEqualTo(10);
        // instance A is SIGKILLed and restarted on the same host and port: same instance id, new process
        MockProducer<String, String> restarted = new KeptOpenProducer();
        OutboxRelay relayA2 = relay(restarted, "instance-a");
        store(10, 10);

        assertThat(relayB.drain()).isZero();
        assertThat(relayA2.drain()).as("no wait for the lease of its former self").isEqualTo(10);
        assertThat(sentIds(restarted.history())).containsExactlyElementsOf(ids(10, 20));
    }

    @Test
    void instanceIdsSurviveARestartButDifferBetweenPorts() {
        assertThat(OutboxLease.instanceId(8084)).isEqualTo(OutboxLease.instanceId(8084))
                .isNotEqualTo(OutboxLease.instanceId(8094));
        assertThat(OutboxLease.instanceId(0)).isNotEqualTo(OutboxLease.instanceId(0));
    }

    @Test
    void aCleanStopReleasesTheLeaseAtOnce() {
        store(0, 10);
        assertThat(relayA.drain()).isEqualTo(10);
        relayA.lease().release();
        store(10, 10);

        assertThat(relayB.drain()).isEqualTo(10);
        assertThat(sentIds(producerB.history())).containsExactlyElementsOf(ids(10, 20));
    }

    @Test
    void aLeaseShorterThanTheSendTimeoutIsRefused() {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producerA));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new OutboxRelay(mongo,
                kafka, clock, Duration.ofSeconds(1), Duration.ofSeconds(10), true, Duration.ofSeconds(10)));
    }

    /** Events of three aggregates, interleaved, in storage order {@code from .. from+count-1}. */
    private void store(int from, int count) {
        List<OutboxRecord> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            records.add(new OutboxRecord(id(i), 1_000_000L + i, "ssj.test.events", "aggregate-" + (i % 3),
                    "ssj.test.Happened", 1, "/ssj/test", clock.instant(), "trace-" + i, "{\"n\":" + i + "}", null, 0,
                    null));
        }
        mongo.insert(records, OutboxRecord.class);
    }

    private static String id(int i) {
        return "evt-%06d".formatted(i);
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    private static List<String> sentIds(List<ProducerRecord<String, String>> sent) {
        return sent.stream().map(r -> new String(r.headers().lastHeader("ce_id").value())).toList();
    }

    /** The template closes its producer after each send; the mock must stay open to record the whole history. */
    static final class KeptOpenProducer extends MockProducer<String, String> {
        KeptOpenProducer() {
            super(true, null, new StringSerializer(), new StringSerializer());
        }

        @Override
        public void close() {
        }

        @Override
        public void close(Duration timeout) {
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
