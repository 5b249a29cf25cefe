package cn.shuangsuiji.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * 发件箱转发 — sends stored events to Kafka in the order they were stored, with CloudEvents binary headers,
 * and marks each one sent once Kafka has acknowledged it. Runs right after each commit and on a fixed poll, so
 * events left unsent by a crash or a broker outage are sent when the service runs again.
 *
 * <p>A pass hands a whole batch (in storage order) to the producer before waiting for the acknowledgements, so
 * sends are pipelined instead of one round trip each; the producer is idempotent, which keeps per-partition (so
 * per-aggregate) order. The records Kafka acknowledged are marked sent in one update; a failed send stops the
 * pass and is retried on the next one (a record sent again is a duplicate the idempotent consumers drop).
 *
 * <p>With several instances of a service on one database, only the holder of the {@link OutboxLease} sends: each
 * batch starts with the lease held for at least the send timeout, and an instance that does not hold it sends
 * nothing. The lease outlives a batch's send timeout, so a batch is never sent by two relays at once while the holder
 * is alive; after the holder dies, another instance takes over when the lease expires and resumes from the oldest
 * unsent event.
 *
 * <p>Per pass, not per event (issue 9 benchmark: a pass per commit was three MongoDB operations per event): a wake-up
 * after a commit starts the pass a short {@code linger} later, so the commits of that moment leave in one batch
 * (one query, one send of the batch, one update marking it sent); the holder renews its lease at most every
 * {@code renewEvery} (it still holds it for longer than a send timeout when a batch starts), and an instance that
 * found the lease held by another asks again only after {@code renewEvery} (its take-over after the holder's death
 * comes at most that much later).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final Duration RENEW_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final boolean enabled;
    private final OutboxLease lease;
    private final Duration renewEvery;
    private final Duration linger;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    /** When this relay last took or renewed the lease (by its clock), null when it does not hold it. */
    private volatile Instant leaseRenewedAt;
    /** When this relay, having found the lease held by another instance, asks again. */
    private volatile Instant leaseAskAgainAt;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock, Duration pollInterval,
                       Duration sendTimeout, boolean enabled) {
        this(mongo, kafka, clock, pollInterval, sendTimeout, enabled, sendTimeout.plusSeconds(5));
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock, Duration pollInterval,
                       Duration sendTimeout, boolean enabled, Duration leaseTtl) {
        this(mongo, kafka, clock, pollInterval, sendTimeout, enabled, new OutboxLease(mongo, clock, leaseTtl));
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock, Duration pollInterval,
                       Duration sendTimeout, boolean enabled, OutboxLease lease) {
        this(mongo, kafka, clock, pollInterval, sendTimeout, enabled, lease, Duration.ZERO);
    }

    /**
     * @param linger how long a pass waits after a commit's wake-up, so that the commits of that moment are sent
     *               together (0: at once)
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock, Duration pollInterval,
                       Duration sendTimeout, boolean enabled, OutboxLease lease, Duration linger) {
        if (lease.ttl().compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("ssj.outbox.lease-ttl (" + lease.ttl()
                    + ") must be longer than ssj.outbox.send-timeout (" + sendTimeout + ")");
        }
        this.lease = lease;
        this.mongo = mongo;
        this.kafka = kafka;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.enabled = enabled;
        this.linger = linger;
        // renewed while more than a send timeout of the lease is left: a batch never outlives the lease
        Duration slack = lease.ttl().minus(sendTimeout).dividedBy(2);
        this.renewEvery = slack.compareTo(RENEW_AT_MOST_EVERY) < 0 ? slack : RENEW_AT_MOST_EVERY;
    }

    /** Asks for a pass soon (after the linger); passes never overlap. */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && drainQueued.compareAndSet(false, true)) {
            if (linger.isZero()) {
                current.execute(this::drainQuietly);
            } else {
                current.schedule(this::drainQuietly, linger.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Number of events not yet acknowledged by Kafka. */
    public long pendingCount() {
        return mongo.count(pendingQuery(), OutboxRecord.class);
    }

    /** The lease this relay sends under. */
    public OutboxLease lease() {
        return lease;
    }

    /**
     * One pass over the pending events; returns how many were sent (0 when another instance holds the lease).
     */
    public int drain() {
        int sent = 0;
        while (true) {
            if (!holdsLease()) {
                return sent;
            }
            List<OutboxRecord> batch = mongo.find(pendingQuery().with(Sort.by("sequence")).limit(BATCH),
                    OutboxRecord.class);
            int acknowledged = sendAll(batch);
            sent += acknowledged;
            if (acknowledged < batch.size() || batch.size() < BATCH) {
                return sent;
            }
        }
    }

    /**
     * Whether this relay holds the lease for longer than a send timeout from now: renewed if the last renewal is
     * older than {@code renewEvery}; after a refusal, asked again only {@code renewEvery} later.
     */
    private boolean holdsLease() {
        Instant now = clock.instant();
        Instant renewed = leaseRenewedAt;
        if (renewed != null && !now.isBefore(renewed) && now.isBefore(renewed.plus(renewEvery))) {
            return true;
        }
        Instant askAgain = leaseAskAgainAt;
        if (renewed == null && askAgain != null && now.isBefore(askAgain)) {
            return false;
        }
        if (lease.acquire()) {
            leaseRenewedAt = now;
            leaseAskAgainAt = null;
            return true;
        }
        leaseRenewedAt = null;
        leaseAskAgainAt = now.plus(renewEvery);
        return false;
    }

    private void drainQuietly() {
        drainQueued.set(false);
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Outbox pass failed; will retry: {}", e.toString());
        }
    }

    /**
     * Sends the batch pipelined and waits for the acknowledgements in order; marks the acknowledged prefix sent and
     * returns its length. After the first failure the rest of the batch is left pending.
     */
    private int sendAll(List<OutboxRecord> batch) {
        List<CompletableFuture<?>> futures = new ArrayList<>(batch.size());
        for (OutboxRecord record : batch) {
            futures.add(kafka.send(message(record)));
        }
        List<String> acknowledged = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            OutboxRecord record = batch.get(i);
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                futures.get(i).get(left, TimeUnit.NANOSECONDS);
                acknowledged.add(record.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(record.id())),
                        new Update().inc("attempts", 1).set("lastError", e.toString()), OutboxRecord.class);
                log.warn("Could not send event {} ({}) to {}: {}", record.id(), record.type(), record.topic(),
                        e.toString());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(acknowledged)),
                    new Update().set("sentAt", clock.instant()).inc("attempts", 1).unset("lastError"),
                    OutboxRecord.class);
        }
        return acknowledged.size();
    }

    private static ProducerRecord<String, String> message(OutboxRecord record) {
        ProducerRecord<String, String> message = new ProducerRecord<>(record.topic(), record.key(), record.payload());
        Headers headers = message.headers();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", record.id());
        header(headers, "ce_type", record.type());
        header(headers, "ce_source", record.source());
        header(headers, "ce_time", record.occurredAt().toString());
        header(headers, "ce_subject", record.key());
        header(headers, "ce_schemaversion", Integer.toString(record.schemaVersion()));
        header(headers, "ce_traceid", record.traceId());
        header(headers, "content-type", "application/json");
        return message;
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Query pendingQuery() {
        return Query.query(Criteria.where("sentAt").is(null));
    }

    @Override
    public void start() {
        if (!enabled) {
            log.warn("Outbox relay disabled (ssj.outbox.relay-enabled=false): events are stored but not sent");
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor = started;
        started.scheduleWithFixedDelay(this::drainQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                if (current.awaitTermination(sendTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                    // a clean stop hands the sending over at once instead of after the lease expires
                    leaseRenewedAt = null;
                    lease.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Could not release the outbox lease: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // Stop before the Kafka producer and MongoDB client are closed.
        return Integer.MAX_VALUE - 100;
    }
}
