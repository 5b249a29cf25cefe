package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.EventDecodingException;
import cn.shuangsuiji.platform.trace.TraceIds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 幂等消费 — applies a Kafka record at most once per consumer: decodes it by its {@code ce_type} header,
 * records {@code (consumer, eventId)} and runs the handler in one MongoDB transaction. When that record exists
 * already (or a concurrent delivery wins the unique key), the event was applied before and the delivery is
 * skipped. The record's trace id is put into
 * the MDC while it is handled.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final MongoTemplate mongo;
    private final TransactionTemplate transactions;
    private final EventCodec codec;
    private final Clock clock;

    public IdempotentConsumer(MongoTemplate mongo, TransactionTemplate transactions, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.transactions = transactions;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Applies the record once for the named consumer.
     *
     * @return true when the handler ran, false when the event had been applied before
     */
    public boolean consume(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        String type = header(record, "ce_type");
        if (type == null) {
            throw new EventDecodingException("Record without ce_type header on " + record.topic(), null);
        }
        IntegrationEvent event = codec.decode(type, record.value());
        String previous = MDC.get(TraceIds.MDC_KEY);
        MDC.put(TraceIds.MDC_KEY, TraceIds.sanitize(header(record, TraceIds.KAFKA_HEADER)));
        try {
            Boolean applied;
            try {
                applied = transactions.execute(status -> {
                    String id = consumer + ":" + event.eventId();
                    if (mongo.exists(Query.query(Criteria.where("_id").is(id)), ProcessedEvent.class)) {
                        return false;
                    }
                    mongo.insert(new ProcessedEvent(id, consumer, event.eventId().toString(), type, clock.instant()));
                    handler.handle(event);
                    return true;
                });
            } catch (DuplicateKeyException concurrentDuplicate) {
                applied = false;
            }
            if (!Boolean.TRUE.equals(applied)) {
                log.info("Skipped duplicate {} {} for {}", type, event.eventId(), consumer);
                return false;
            }
            // DEBUG: one INFO line per applied event was a formatted, flushed log write per result on the hot path
            // (issue 9 benchmark); duplicates, rare and worth seeing, stay at INFO
            log.debug("Applied {} {} for {}", type, event.eventId(), consumer);
            return true;
        } finally {
            if (previous == null) {
                MDC.remove(TraceIds.MDC_KEY);
            } else {
                MDC.put(TraceIds.MDC_KEY, previous);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
