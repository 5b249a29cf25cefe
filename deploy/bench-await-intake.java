import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Waits until every consumer group reading TOPIC has taken in all of it: each group's committed offsets reach the
 * topic's end offsets, and the end offsets have not moved for QUIET_SECONDS (the producer's outbox relay has nothing
 * more to send). A group reads the topic when it has committed an offset of it or one of its members is assigned a
 * partition of it; a partition it has not committed yet adds no lag (the platform's consumers start a new group at
 * the partition's end, Kafka's default, and commit once they take in a record). Used by deploy/bench-draw-e2e.sh between the import and the snapshot
 * confirmation, so the confirmation is timed apart from the platform's intake of the imported entities. Prints each
 * group's remaining lag and state every 5 s to stderr.
 *
 * <p>Never waits forever: exits 1 with the remaining lag per group when TIMEOUT_SECONDS pass first, 1 when no group
 * reads the topic by then, 2 when the topic does not exist; every broker request is bounded by the time left.
 *
 *   java -cp "$(<$SSJ_DATA/opt/kafka/classpath.txt)" deploy/bench-await-intake.java BOOTSTRAP TOPIC \
 *       [QUIET_SECONDS=3] [TIMEOUT_SECONDS=600]
 */
class BenchAwaitIntake {

    static long deadline;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: bench-await-intake.java BOOTSTRAP TOPIC [QUIET_SECONDS=3] [TIMEOUT_SECONDS=600]");
            System.exit(2);
        }
        String bootstrap = args[0];
        String topic = args[1];
        long quietMillis = (args.length > 2 ? Long.parseLong(args[2]) : 3) * 1000;
        long timeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 600;
        long started = System.currentTimeMillis();
        deadline = started + timeoutSeconds * 1000;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "bench-await-intake");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        Map<String, String> last = Map.of();
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions;
            try {
                partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions()
                        .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    System.err.println("[intake] topic " + topic + " does not exist on " + bootstrap);
                    System.exit(2);
                }
                throw e;
            }
            Map<TopicPartition, Long> lastEnds = null;
            long endsSince = System.currentTimeMillis();
            long lastReport = 0;
            while (true) {
                Map<TopicPartition, Long> ends = new HashMap<>();
                get(admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all()).forEach((p, info) -> ends.put(p, info.offset()));
                if (!ends.equals(lastEnds)) {
                    lastEnds = ends;
                    endsSince = System.currentTimeMillis();
                }
                List<String> groupIds = new ArrayList<>();
                for (GroupListing group : get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
                    groupIds.add(group.groupId());
                }
                Map<String, ConsumerGroupDescription> described = groupIds.isEmpty() ? Map.of()
                        : get(admin.describeConsumerGroups(groupIds).all());
                Map<String, Long> lagByGroup = new TreeMap<>();
                Map<String, String> shown = new TreeMap<>();
                for (String groupId : groupIds) {
                    Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(groupId)
                            .partitionsToOffsetAndMetadata());
                    Set<TopicPartition> assigned = new HashSet<>();
                    ConsumerGroupDescription d = described.get(groupId);
                    if (d != null) {
                        for (MemberDescription m : d.members()) {
                            assigned.addAll(m.assignment().topicPartitions());
                        }
                    }
                    long lag = 0;
                    boolean reads = false;
                    for (TopicPartition p : partitions) {
                        OffsetAndMetadata c = committed.get(p);
                        if (c != null) {
                            reads = true;
                            lag += Math.max(0, ends.get(p) - c.offset());
                        } else if (assigned.contains(p)) {
                            reads = true;
                        }
                    }
                    if (reads) {
                        lagByGroup.put(groupId, lag);
                        shown.put(groupId, lag + (d == null ? "" : " (" + d.groupState() + ", "
                                + d.members().size() + " members)"));
                    }
                }
                last = shown;
                long total = lagByGroup.values().stream().mapToLong(Long::longValue).sum();
                long now = System.currentTimeMillis();
                if (!lagByGroup.isEmpty() && total == 0 && now - endsSince >= quietMillis) {
                    System.err.printf("[intake] settled in %.1f s: %s have taken in %s (end offsets %s)%n",
                            (now - started) / 1000.0, lagByGroup.keySet(), topic,
                            ends.values().stream().mapToLong(Long::longValue).sum());
                    return;
                }
                if (now - lastReport >= 5000) {
                    System.err.println("[intake] lag on " + topic + " per consumer group: "
                            + (shown.isEmpty() ? "no consumer group reads it yet" : shown));
                    lastReport = now;
                }
                if (now > deadline) {
                    timedOut(topic, timeoutSeconds, shown);
                }
                Thread.sleep(250);
            }
        } catch (TimeoutException e) {
            timedOut(topic, timeoutSeconds, last);
        }
    }

    /** The future's value, waiting at most until the deadline (the admin client's own timeouts bound it too). */
    static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
    }

    static void timedOut(String topic, long timeoutSeconds, Map<String, String> lag) {
        System.err.println("[intake] NOT settled within " + timeoutSeconds + " s: "
                + (lag.isEmpty() ? "no consumer group reads " + topic
                        : "remaining lag on " + topic + " per consumer group " + lag));
        System.exit(1);
    }
}
