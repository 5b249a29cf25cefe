package cn.shuangsuiji.platform.events;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.platform.trace.TraceIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transactional outbox: stores the event in the {@code outbox} collection within the caller's MongoDB
 * transaction and wakes the {@link OutboxRelay} after commit.
 *
 * <p>The events a transaction publishes are inserted together, in publication order, in one {@code insertMany}
 * just before it commits ({@link TransactionSynchronization#beforeCommit}, still inside the transaction): a
 * consumer applying a poll of results in one transaction published one event per result, each its own insert
 * command (issue 9 benchmark). Still stored with the state change or not at all: a failed insert (e.g. an event id
 * stored before) fails the commit, and the transaction is rolled back.
 */
class OutboxEventPublisher implements EventPublisher {

    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;
    private final AtomicLong lastSequence = new AtomicLong();

    OutboxEventPublisher(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, String source, Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public void publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Events must be published inside the transaction of the state change");
        }
        OutboxRecord record = new OutboxRecord(event.eventId().toString(), nextSequence(), event.topic(),
                event.aggregateId(), event.eventType(), event.schemaVersion(), source, event.occurredAt(),
                TraceIds.current(), codec.encode(event), null, 0, null);
        pending().add(record);
    }

    /** The records the current transaction published so far, inserted before it commits. */
    private List<OutboxRecord> pending() {
        Flush flush = (Flush) TransactionSynchronizationManager.getResource(this);
        if (flush == null) {
            flush = new Flush();
            TransactionSynchronizationManager.registerSynchronization(flush);
            TransactionSynchronizationManager.bindResource(this, flush);
        }
        if (flush.flushed) {
            // a synchronization ordered after ours published once the records were inserted: it would be lost
            throw new IllegalStateException("Event published after the transaction's outbox records were stored");
        }
        return flush.records;
    }

    private long nextSequence() {
        long micros = clock.instant().toEpochMilli() * 1000;
        return lastSequence.updateAndGet(previous -> Math.max(previous + 1, micros));
    }

    /** Inserts a transaction's records before its commit and wakes the relay after it. */
    private final class Flush implements TransactionSynchronization {

        private final List<OutboxRecord> records = new ArrayList<>();
        private boolean flushed;

        @Override
        public void suspend() {
            // an inner transaction (REQUIRES_NEW) publishes into its own list
            TransactionSynchronizationManager.unbindResourceIfPossible(OutboxEventPublisher.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(OutboxEventPublisher.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!records.isEmpty()) {
                mongo.insert(records, OutboxRecord.class);
            }
        }

        @Override
        public void afterCommit() {
            if (!records.isEmpty()) {
                relay.wakeUp();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(OutboxEventPublisher.this);
        }
    }
}
