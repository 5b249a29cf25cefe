package cn.shuangsuiji.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The event plumbing end to end with two real service processes (registry-service produces, disclosure-service
 * consumes) on real MongoDB and Kafka: state and event commit together; a producer killed between commit and
 * send delivers after restart; a twice-delivered event is applied once; a poison message is dead-lettered
 * without blocking the partition.
 */
@RequiresRealInfra
@RequiresIdentity
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventPlumbingIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REGISTRY_DB = "st_registry_" + RUN;
    private static final String DISCLOSURE_DB = "st_disclosure_" + RUN;
    private static final String DISCLOSURE_GROUP = "st-disclosure-" + RUN;
    private static final String DEPARTMENT = "st-" + RUN;

    private static MongoClient mongo;
    private static ServiceProcess disclosure;
    private static ServiceProcess registry;

    @BeforeAll
    static void startDisclosure() throws Exception {
        mongo = MongoClients.create(RealInfra.mongoUri());
        disclosure = ServiceProcess.start("disclosure-service", Map.of(
                "spring.mongodb.uri", RealInfra.mongoUri(),
                "spring.mongodb.database", DISCLOSURE_DB,
                "spring.kafka.bootstrap-servers", RealInfra.kafkaBootstrap(),
                "spring.kafka.consumer.group-id", DISCLOSURE_GROUP,
                "ssj.kafka.retry-backoff", "100ms",
                // each applied event is logged at DEBUG (issue 9: not a line per event in production)
                "logging.level.cn.shuangsuiji.platform.messaging.IdempotentConsumer", "DEBUG"));
    }

    @AfterAll
    static void stopAll() {
        if (registry != null) {
            registry.close();
        }
        if (disclosure != null) {
            disclosure.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    @Order(1)
    void producerKilledBetweenCommitAndSendStillDeliversAfterRestart() throws Exception {
        // A registry whose relay never sends: the commit happens, the send does not — then it is killed.
        registry = startRegistry(false);
        String requestId = "trace-" + RUN;
        var created = registry.postJson("/api/registry/departments", """
                {"id":"%s","name":"系统测试局","type":"TAXATION","level":"COUNTY","regionCode":"130634"}
                """.formatted(DEPARTMENT), requestId);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Request-Id")).hasValue(requestId);

        MongoDatabase registryDb = mongo.getDatabase(REGISTRY_DB);
        assertThat(registryDb.getCollection("departments").countDocuments(Filters.eq("_id", DEPARTMENT)))
                .as("state committed").isEqualTo(1);
        Document pending = registryDb.getCollection("outbox").find(Filters.eq("key", DEPARTMENT)).first();
        assertThat(pending).as("event committed with the state").isNotNull();
        assertThat(pending.get("sentAt")).as("not yet sent").isNull();
        assertThat(pending.get("traceId")).as("the request's trace id is stored with the event").isEqualTo(requestId);

        registry.kill();
        assertThat(disclosure.get("/api/public/departments/" + DEPARTMENT).statusCode()).isEqualTo(404);

        registry = startRegistry(true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(disclosure.get("/api/public/departments/" + DEPARTMENT).statusCode()).isEqualTo(200));
        assertThat(registryDb.getCollection("outbox").find(Filters.eq("key", DEPARTMENT)).first().get("sentAt"))
                .as("marked sent after Kafka acknowledged it").isNotNull();
        assertThat(disclosure.get("/api/public/departments/" + DEPARTMENT).body()).contains("\"revision\":1");
        assertThat(disclosure.log()).as("the consumer logs under the producer's trace id")
                .contains("[disclosure-service," + requestId + "]");
    }

    @Test
    @Order(2)
    void aStateChangeThatFailsLeavesNeitherStateNorEvent() {
        long outboxBefore = mongo.getDatabase(REGISTRY_DB).getCollection("outbox").countDocuments();
        var refused = registry.postJson("/api/registry/departments", """
                {"id":"%s-child","name":"下级","type":"TAXATION","level":"PROVINCE","regionCode":"130634","parentId":"%s"}
                """.formatted(DEPARTMENT, DEPARTMENT));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"code\":\"DEPARTMENT_PARENT_LEVEL\"");
        assertThat(mongo.getDatabase(REGISTRY_DB).getCollection("outbox").countDocuments()).isEqualTo(outboxBefore);
        assertThat(mongo.getDatabase(REGISTRY_DB).getCollection("departments")
                .countDocuments(Filters.eq("_id", DEPARTMENT + "-child"))).isZero();
    }

    @Test
    @Order(3)
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        ConsumerRecord<String, String> original = TopicProbe.readOne(Topics.REGISTRY_ORGANISATIONS, DEPARTMENT);
        ProducerRecord<String, String> copy = new ProducerRecord<>(original.topic(), null, original.key(),
                original.value(), original.headers());
        TopicProbe.send(copy, copy);
        awaitConsumerCaughtUp(Topics.REGISTRY_ORGANISATIONS);
        String eventId = TopicProbe.header(original, "ce_id");
        assertThat(mongo.getDatabase(DISCLOSURE_DB).getCollection("processed_events")
                .countDocuments(Filters.eq("eventId", eventId))).isEqualTo(1);
        assertThat(disclosure.get("/api/public/departments/" + DEPARTMENT).body()).contains("\"revision\":1");
    }

    @Test
    @Order(4)
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() throws Exception {
        String poisonKey = DEPARTMENT + "-poison";
        TopicProbe.send(Topics.REGISTRY_ORGANISATIONS, poisonKey, "{not json", Map.of(
                "ce_type", "ssj.registry.DepartmentRegistered", "ce_id", UUID.randomUUID().toString()));
        String after = DEPARTMENT + "-after";
        assertThat(registry.postJson("/api/registry/departments", """
                {"id":"%s","name":"毒消息之后","type":"TAXATION","level":"COUNTY","regionCode":"130634"}
                """.formatted(after)).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(disclosure.get("/api/public/departments/" + after).statusCode()).isEqualTo(200));
        ConsumerRecord<String, String> dead = TopicProbe.readOne(Topics.deadLetterOf(Topics.REGISTRY_ORGANISATIONS), poisonKey);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
    }

    private static ServiceProcess startRegistry(boolean relayEnabled) throws Exception {
        return ServiceProcess.start("registry-service", Map.of(
                "spring.mongodb.uri", RealInfra.mongoUri(),
                "spring.mongodb.database", REGISTRY_DB,
                "spring.kafka.bootstrap-servers", RealInfra.kafkaBootstrap(),
                "spring.kafka.consumer.group-id", "st-registry-" + RUN,
                // the registry consumes inspection results (credit feedback): not the backlog other tests left on the
                // shared broker — killed inside one of those consumer transactions, the registry would leave MongoDB
                // an orphaned transaction that holds its locks for up to 60 s, longer than this test waits
                "spring.kafka.consumer.auto-offset-reset", "latest",
                "ssj.outbox.relay-enabled", Boolean.toString(relayEnabled),
                "ssj.outbox.poll-interval", "200ms",
                // registry refuses to start without a privacy secret outside demo runs (keyed pseudonyms)
                "ssj.privacy.secret", "st-privacy-secret-synthetic-data"));
    }

    /** Waits until the disclosure consumer group has committed every offset of the topic. */
    private static void awaitConsumerCaughtUp(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap()))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(DISCLOSURE_GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals(topic))
                        .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                if (latest.isEmpty()) {
                    return false;
                }
                var ends = admin.listOffsets(latest).all().get();
                return latest.keySet().stream().allMatch(tp ->
                        committed.get(tp) != null && committed.get(tp).offset() >= ends.get(tp).offset());
            });
        }
    }
}
