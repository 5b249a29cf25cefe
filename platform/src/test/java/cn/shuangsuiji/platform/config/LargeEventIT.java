package cn.shuangsuiji.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
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

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;

/**
 * An event larger than Kafka's 1 MB default (a DrawCompleted of thousands of targets once blocked the draw outbox for
 * ever) goes through a real broker with the platform's producer settings and topic configuration, and comes back
 * whole. The payload is incompressible, so the topic's and the producer's limits are what carry it, not zstd.
 */
@RequiresRealInfra
class LargeEventIT {

    @Test
    void anEventOfSeveralMegabytesIsSentAndReadBack() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ssj-platform-defaults.properties")) {
            defaults.load(in);
        }
        String topic = "ssj.it.large." + UUID.randomUUID();
        NewTopic declared = new KafkaConfigProbe().topicLike(topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap()))) {
            admin.createTopics(List.of(declared)).all().get(30, TimeUnit.SECONDS);
        }
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        String value = java.util.HexFormat.of().formatHex(noise); // 6 MB of hex: zstd can at most halve it

        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap());
        producer.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, defaults.getProperty("spring.kafka.producer.compression-type"));
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                defaults.getProperty("spring.kafka.producer.properties.max.request.size"));
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(),
                new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, "draw-1", value)).get(30, TimeUnit.SECONDS);
        }

        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "large-it-" + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> got = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (got.isEmpty() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(got::add);
            }
        }
        assertThat(got).hasSize(1);
        assertThat(got.get(0).value()).isEqualTo(value);
    }

    /** The platform's topic declaration, for a topic of this test's own. */
    static final class KafkaConfigProbe {
        NewTopic topicLike(String name) {
            return TopicBuilder.name(name).partitions(1).replicas(1).configs(TopicsConfiguration.topicConfigs()).build();
        }
    }
}
