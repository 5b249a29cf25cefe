import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group reading TOPIC has taken in all of it: each group's committed offsets reach the
 * topic's end offsets, and the end offsets have not moved for QUIET_SECONDS (the producer's outbox relay has nothing
 * more to send). Used by deploy/bench-draw-e2e.sh between the import and the snapshot confirmation, so the
 * confirmation is timed apart from the platform's intake of the imported entities. Prints each group's remaining lag
 * every few seconds to stderr; exits 1 when TIMEOUT_SECONDS pass first.
 *
 *   java -cp "$(<$SSJ_DATA/opt/kafka/classpath.txt)" deploy/bench-await-intake.java BOOTSTRAP TOPIC \
 *       [QUIET_SECONDS=3] [TIMEOUT_SECONDS=600]
 */
class BenchAwaitIntake {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        long quietMillis = (args.length > 2 ? Long.parseLong(args[2]) : 3) * 1000;
        long deadline = System.currentTimeMillis() + (args.length > 3 ? Long.parseLong(args[3]) : 600) * 1000;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "bench-await-intake");
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> lastEnds = null;
            long endsSince = System.currentTimeMillis();
            long lastReport = 0;
            while (true) {
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get().forEach((p, info) -> ends.put(p, info.offset()));
                if (!ends.equals(lastEnds)) {
                    lastEnds = ends;
                    endsSince = System.currentTimeMillis();
                }
                Map<String, Long> lagByGroup = new TreeMap<>();
                for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin
                            .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                    long lag = 0;
                    boolean reads = false;
                    for (TopicPartition p : partitions) {
                        OffsetAndMetadata c = committed.get(p);
                        if (c != null) {
                            reads = true;
                            lag += Math.max(0, ends.get(p) - c.offset());
                        }
                    }
                    if (reads) {
                        lagByGroup.put(group.groupId(), lag);
                    }
                }
                long total = lagByGroup.values().stream().mapToLong(Long::longValue).sum();
                long now = System.currentTimeMillis();
                if (total == 0 && now - endsSince >= quietMillis) {
                    System.err.println("[intake] settled: " + lagByGroup.keySet() + " have taken in " + topic);
                    return;
                }
                if (now - lastReport >= 5000) {
                    System.err.println("[intake] lag on " + topic + ": " + lagByGroup);
                    lastReport = now;
                }
                if (now > deadline) {
                    System.err.println("[intake] not settled in time: " + lagByGroup);
                    System.exit(1);
                }
                Thread.sleep(Duration.ofMillis(250).toMillis());
            }
        }
    }
}
