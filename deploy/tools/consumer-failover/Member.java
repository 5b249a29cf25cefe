import java.time.Duration;
import java.util.*;
import org.apache.kafka.clients.admin.*;
import org.apache.kafka.clients.consumer.*;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** One member of the consumer-failover experiment (see run.sh), or "create" to make its 6-partition topic. */
public class Member {
    public static void main(String[] a) throws Exception {
        String bootstrap = a[0], mode = a[1], topic = a[2];
        if (mode.equals("create")) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            }
            return;
        }
        String session = a[3], heartbeat = a[4], name = a[5];
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "failover-" + topic);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        p.put("session.timeout.ms", session);
        p.put("heartbeat.interval.ms", heartbeat);
        p.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                public void onPartitionsRevoked(Collection<TopicPartition> parts) { }
                public void onPartitionsAssigned(Collection<TopicPartition> parts) {
                    System.out.println("ASSIGNED " + System.currentTimeMillis() + " " + c.assignment().size());
                    System.out.flush();
                }
            });
            while (true) {
                c.poll(Duration.ofMillis(200));
            }
        }
    }
}
