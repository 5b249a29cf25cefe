package cn.shuangsuiji.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Events larger than Kafka's 1 MB defaults go through a real broker with the platform's producer defaults and come
 * back whole — the two halves of one fix: a 3.5 MB DrawCompleted of a draw of 7,700 targets had blocked the
 * draw-service outbox for good (RecordTooLargeException; found by the fault run, issue 14).
 * <ul>
 *   <li>compression: a DrawCompleted-like event of over 3 MB fits a topic with the broker's default 1 MB limit,
 *       because the producer compresses (zstd) and allows 16 MB before compression;</li>
 *   <li>limits: an incompressible event of several megabytes fits the platform's declared topics
 *       ({@code max.message.bytes}) with the producer's {@code max.request.size}, without help from zstd.</li>
 * </ul>
 */
@RequiresRealInfra
class LargeEventIT {

    @Test
    void aDrawCompletedOfThousandsOfTargetsPassesABrokerWithItsDefaultLimitCompressed() throws Exception {
        String topic = "ssj.it.large-compressed." + UUID.randomUUID();
        createTopic(new NewTopic(topic, 1, (short) 1));   // the broker's defaults: 1 MB message.max.bytes
        String payload = drawCompleted(10_000);
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(3_000_000);

        assertThat(sendAndReadBack(topic, payload)).isEqualTo(payload);
    }

    @Test
    void anIncompressibleEventOfSeveralMegabytesPassesThePlatformsTopicConfiguration() throws Exception {
        String topic = "ssj.it.large." + UUID.randomUUID();
        createTopic(TopicBuilder.name(topic).partitions(1).replicas(1).configs(TopicsConfiguration.topicConfigs())
                .build());
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        String payload = HexFormat.of().formatHex(noise);   // 6 MB of hex: zstd can at most halve it

        assertThat(sendAndReadBack(topic, payload)).isEqualTo(payload);
    }

    private static void createTopic(NewTopic topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfra.kafkaBootstrap()))) {
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Sends the value with the platform's producer defaults and reads it back with a consumer of its own. */
    private static String sendAndReadBack(String topic, String value) throws Exception {
        Map<String, Object> config = producerDefaults();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>(topic, "draw-1", value)).get(30, TimeUnit.SECONDS)
                    .offset()).isZero();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    return r.value();
                }
            }
            return null;
        }
    }

    /** The platform's producer settings, as Spring Boot passes them on (spring.kafka.producer.*). */
    private static Map<String, Object> producerDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = LargeEventIT.class.getResourceAsStream("/ssj-platform-defaults.properties")) {
            defaults.load(in);
        }
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ACKS_CONFIG, defaults.getProperty("spring.kafka.producer.acks"));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, defaults.getProperty("spring.kafka.producer.compression-type"));
        String prefix = "spring.kafka.producer.properties.";
        for (String name : defaults.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                config.put(name.substring(prefix.length()), defaults.getProperty(name));
            }
        }
        return config;
    }

    /** A DrawCompleted-like event: per target an entity, a key, a leader and a team. */
    private static String drawCompleted(int targets) {
        StringBuilder json = new StringBuilder("{\"eventId\":\"").append(UUID.randomUUID())
                .append("\",\"drawId\":\"draw-2026-e298963dc9c044ec\",\"targets\":[");
        for (int i = 0; i < targets; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"entityId\":\"ent-9").append(i % 2 == 0 ? '1' : '2').append("130627MA").append(
                    Integer.toString(1_000_000 + i * 7919, 36).toUpperCase()).append("X\",\"key\":\"")
                    .append(UUID.nameUUIDFromBytes(("k" + i).getBytes())).append(UUID.nameUUIDFromBytes(("j" + i)
                            .getBytes())).append("\",\"stratum\":\"ALL\",\"leaderId\":\"ins-bd-amr-").append(i % 10)
                    .append("\",\"memberIds\":[\"ins-bd-amr-").append(i % 10).append("\",\"ins-bd-amr-")
                    .append((i + 3) % 10).append("\"],\"uscc\":\"9").append(i % 7).append("130627MA")
                    .append(Integer.toString(2_000_000 + i * 104_729, 36).toUpperCase())
                    .append("\",\"entityName\":\"唐县恒达鑫源石材有限公司").append(i % 1000)
                    .append("\",\"regionCode\":\"130627\",\"position\":").append(i).append(",\"tags\":[\"石材\"]}");
        }
        return json.append("]}").toString();
    }
}
