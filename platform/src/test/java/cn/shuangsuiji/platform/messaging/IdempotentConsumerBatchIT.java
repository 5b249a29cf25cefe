package cn.shuangsuiji.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll applied together ({@link IdempotentConsumer#consumeBatch}) on real MongoDB, and behind a batch listener with
 * the platform's error handler on real Kafka: the records of a poll share one transaction (in chunks), a redelivered
 * or repeated event is applied once, and a record that cannot be applied — unreadable, or refused by the handler —
 * is dead-lettered alone while every other record of its poll is applied exactly once.
 */
@RequiresRealInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentConsumerBatchIT {

    private static final String CONSUMER = "it.batch";
    private static final String TYPE = "ssj.registry.DepartmentRegistered";
    private static final String REFUSED = "dept-refused";

    private final EventCodec codec = new EventCodec(EventCatalog.all());
    MongoClient client;
    MongoDatabaseFactory factory;
    MongoTemplate mongo;
    IdempotentConsumer consumer;
    /** The transaction (its resource holder) each applied event ran in. */
    final Set<Object> transactionsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    volatile boolean refuse = true;

    @BeforeAll
    void connect() {
        client = MongoClients.create(RealInfra.mongoUri());
        factory = new SimpleMongoClientDatabaseFactory(client, RealInfra.uniqueDatabase("platform_batch_it"));
        mongo = new MongoTemplate(factory);
        // MongoDB 4.0 creates no collection inside a transaction
        mongo.createCollection(ProcessedEvent.COLLECTION);
        mongo.createCollection("applied");
        consumer = new IdempotentConsumer(mongo, new TransactionTemplate(new MongoTransactionManager(factory)), codec,
                Clock.systemUTC());
    }

    @AfterAll
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), ProcessedEvent.COLLECTION);
        mongo.remove(new Query(), "applied");
        transactionsSeen.clear();
        refuse = true;
    }

    /** Counts each application of an event per department; refuses {@link #REFUSED} while {@link #refuse}. */
    private void apply(IntegrationEvent event) {
        DepartmentRegistered d = (DepartmentRegistered) event;
        if (refuse && d.departmentId().equals(REFUSED)) {
            throw new DomainProblem(ProblemKind.INVALID, "REFUSED", "拒绝", "test refusal");
        }
        transactionsSeen.add(TransactionSynchronizationManager.getResource(factory));
        mongo.upsert(Query.query(Criteria.where("_id").is(d.departmentId())), new Update().inc("times", 1),
                "applied");
    }

    @Test
    void aPollIsAppliedInOneTransactionPerChunkAndARedeliveryOnlyAppliesWhatIsNew() {
        List<ConsumerRecord<String, String>> poll = records(0, 250);

        assertThat(consumer.consumeBatch(CONSUMER, poll, this::apply)).isEqualTo(250);
        assertThat(transactionsSeen).as("chunks of 100 records").hasSize(3);
        assertThat(applications()).hasSize(250).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        assertThat(mongo.count(new Query(), ProcessedEvent.COLLECTION)).isEqualTo(250);

        // the poll redelivered after a crash before the offset commit, with two new events and one twice
        List<ConsumerRecord<String, String>> again = new ArrayList<>(poll.subList(200, 250));
        again.addAll(records(250, 2));
        again.add(again.get(again.size() - 1));
        assertThat(consumer.consumeBatch(CONSUMER, again, this::apply)).isEqualTo(2);
        assertThat(applications()).hasSize(252).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void aChunkThatCannotBeAppliedTogetherIsAppliedOneByOneUpToTheRecordAtFault() {
        List<ConsumerRecord<String, String>> poll = records(0, 5);
        poll.set(2, record(REFUSED, UUID.randomUUID()));

        assertThatThrownBy(() -> consumer.consumeBatch(CONSUMER, poll, this::apply))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(2))
                .hasRootCauseInstanceOf(DomainProblem.class);
        assertThat(applications()).as("the two before it, once; nothing of the failed transaction")
                .containsOnlyKeys("dept-000000", "dept-000001").allSatisfy((id, times) -> assertThat(times)
                        .isEqualTo(1));

        // the error handler redelivers from the failed record on (here: once the handler accepts it)
        refuse = false;
        assertThat(consumer.consumeBatch(CONSUMER, poll.subList(2, 5), this::apply)).isEqualTo(3);
        assertThat(applications()).hasSize(5).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void aHandlerOfWholeChunksGetsEachChunksNewEventsTogetherAndOneAtATimeWhenTheChunkFails() {
        List<Integer> handedOver = new ArrayList<>();
        BatchEventHandler together = events -> {
            handedOver.add(events.size());
            events.forEach(this::apply);
        };
        List<ConsumerRecord<String, String>> poll = records(0, 250);
        consumer.consumeBatch(CONSUMER, poll.subList(0, 10), this::apply);

        assertThat(consumer.consumeBatchTogether(CONSUMER, poll, together)).isEqualTo(240);
        assertThat(handedOver).as("chunks of 100 records, without the 10 applied before").containsExactly(90, 100, 50);
        assertThat(applications()).hasSize(250).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));

        handedOver.clear();
        List<ConsumerRecord<String, String>> failing = records(300, 4);
        failing.set(2, record(REFUSED, UUID.randomUUID()));
        assertThatThrownBy(() -> consumer.consumeBatchTogether(CONSUMER, failing, together))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(2));
        assertThat(handedOver).as("the chunk, then one event at a time up to the one at fault")
                .containsExactly(4, 1, 1, 1);
        assertThat(applications()).hasSize(252).containsKeys("dept-000300", "dept-000301")
                .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void behindABatchListenerOnlyTheRecordsAtFaultAreDeadLetteredAndEveryOtherIsAppliedOnce() throws Exception {
        String topic = "ssj.it.batch." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfra.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1),
                    new NewTopic(Topics.deadLetterOf(topic), 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap()), new StringSerializer(),
                new StringSerializer()));
        List<ConsumerRecord<String, String>> events = records(0, 40);
        for (int i = 0; i < events.size(); i++) {
            ConsumerRecord<String, String> r = i == 10 ? record(REFUSED, UUID.randomUUID()) : events.get(i);
            ProducerRecord<String, String> message = new ProducerRecord<>(topic, r.key(), r.value());
            if (i != 25) {   // the 26th has no ce_type: unreadable
                message.headers().add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
            }
            kafka.send(message).get(30, TimeUnit.SECONDS);
        }

        ContainerProperties properties = new ContainerProperties(topic);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((BatchMessageListener<String, String>) records ->
                consumer.consumeBatch(CONSUMER, records, this::apply));
        KafkaMessageListenerContainer<String, String> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        RealInfra.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                        new StringDeserializer()), properties);
        container.setCommonErrorHandler(DeadLetterErrorHandlerFactory.create(kafka, 50, 2));
        container.start();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(applications()).hasSize(38));
            assertThat(applications()).allSatisfy((id, times) -> assertThat(times).isEqualTo(1))
                    .doesNotContainKeys(REFUSED, "dept-000025");
            assertThat(transactionsSeen.size()).as("records applied together").isLessThan(38);
            assertThat(deadLetters(topic)).containsExactlyInAnyOrder(events.get(25).key(), REFUSED);
        } finally {
            container.stop();
        }
    }

    private List<String> deadLetters(String topic) {
        List<String> keys = new ArrayList<>();
        try (var dlt = new DefaultKafkaConsumerFactory<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            dlt.subscribe(List.of(Topics.deadLetterOf(topic)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (keys.size() < 2 && System.nanoTime() < deadline) {
                dlt.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys;
    }

    private Map<String, Integer> applications() {
        Map<String, Integer> times = new java.util.TreeMap<>();
        for (Document d : mongo.findAll(Document.class, "applied")) {
            times.put(d.getString("_id"), d.getInteger("times"));
        }
        return times;
    }

    private List<ConsumerRecord<String, String>> records(int from, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            records.add(record("dept-%06d".formatted(i), UUID.nameUUIDFromBytes(("event-" + i).getBytes(
                    StandardCharsets.UTF_8))));
        }
        return records;
    }

    private ConsumerRecord<String, String> record(String departmentId, UUID eventId) {
        String json = codec.encode(new DepartmentRegistered(eventId, Instant.parse("2026-06-01T08:00:00Z"),
                departmentId, "部门 " + departmentId, "MARKET_REGULATION", "COUNTY", "130634", null));
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ssj.it.batch", 0, 0, departmentId, json);
        record.headers().add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
