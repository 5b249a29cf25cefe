package cn.shuangsuiji.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * An event of over 3 MB — like the 3.5 MB DrawCompleted of a draw of 7,700 targets, which the fault run (issue 14) saw block the
 * draw-service outbox for good with RecordTooLargeException — is accepted by a real broker with its default 1 MB
 * limit under the platform's producer defaults, and read back whole.
 */
@RequiresRealInfra
class LargeEventDeliveryIT {

    @Test
    void aDrawCompletedOfThousandsOfTargetsIsSentAndReadBack() throws Exception {
        Map<String, Object> config = producerDefaults();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap());
        String topic = "it.large-events." + UUID.randomUUID();
        String payload = drawCompleted(10_000);
        assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(3_000_000);
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfra.kafkaBootstrap()))) {
            // with the broker's defaults: 1 MB message.max.bytes
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, "draw-1", payload))
                    .get(30, TimeUnit.SECONDS);
            assertThat(sent.offset()).isZero();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            String received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    received = r.value();
                }
            }
            assertThat(received).isEqualTo(payload);
        }
    }

    /** The platform's producer settings, as Spring Boot passes them on (spring.kafka.producer.*). */
    private static Map<String, Object> producerDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = LargeEventDeliveryIT.class.getResourceAsStream("/ssj-platform-defaults.properties")) {
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
