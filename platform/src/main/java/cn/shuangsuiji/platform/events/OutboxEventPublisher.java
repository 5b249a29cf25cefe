package cn.shuangsuiji.platform.events;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.platform.trace.TraceIds;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transactional outbox: stores the event in the {@code outbox} collection within the caller's MongoDB
 * transaction and wakes the {@link OutboxRelay} after commit.
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
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events must be published inside the transaction of the state change");
        }
        OutboxRecord record = new OutboxRecord(event.eventId().toString(), nextSequence(), event.topic(),
                event.aggregateId(), event.eventType(), event.schemaVersion(), source, event.occurredAt(),
                TraceIds.current(), codec.encode(event), null, 0, null);
        mongo.insert(record);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }

    private long nextSequence() {
        long micros = clock.instant().toEpochMilli() * 1000;
        return lastSequence.updateAndGet(previous -> Math.max(previous + 1, micros));
    }
}
