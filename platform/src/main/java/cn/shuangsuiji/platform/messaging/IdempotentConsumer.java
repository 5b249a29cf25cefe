package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.EventDecodingException;
import cn.shuangsuiji.platform.mongo.StoredIds;
import cn.shuangsuiji.platform.trace.TraceIds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 幂等消费 — applies a Kafka record at most once per consumer: decodes it by its {@code ce_type} header,
 * records {@code (consumer, eventId)} and runs the handler in one MongoDB transaction. When that record exists
 * already (or a concurrent delivery wins the unique key), the event was applied before and the delivery is
 * skipped. The record's trace id is put into the MDC while it is handled.
 *
 * <p>A batch listener hands a whole poll to {@link #consumeBatch}: its records are applied together, in one
 * transaction per chunk (one query for the events applied before, one bulk insert of the new
 * {@code processed_events} keys, the handlers, one commit) instead of three MongoDB operations and a commit per
 * record. When a chunk cannot be applied together — a duplicate key (a concurrent delivery), a write conflict, a
 * handler's refusal, an unreadable record — nothing of it was stored and its records are applied one by one as
 * {@link #consume} does; the first that fails there is reported with its index
 * ({@link BatchListenerFailedException}), so the error handler commits the records before it and retries or
 * dead-letters that one record exactly as for a record listener. Never lost, never applied twice.
 */
public class IdempotentConsumer {

    /** Records applied in one transaction at most. */
    static final int CHUNK_RECORDS = 100;
    /**
     * Bytes of record values applied in one transaction at most (at least one record): MongoDB 4.0 keeps a
     * transaction's writes in one 16 MB oplog entry, and a handler may write an event's size several times.
     */
    static final int CHUNK_BYTES = 2 * 1024 * 1024;

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
        Decoded decoded = decode(consumer, record);
        String previous = MDC.get(TraceIds.MDC_KEY);
        MDC.put(TraceIds.MDC_KEY, decoded.traceId());
        try {
            Boolean applied;
            try {
                applied = transactions.execute(status -> {
                    if (mongo.exists(Query.query(Criteria.where("_id").is(decoded.id())), ProcessedEvent.class)) {
                        return false;
                    }
                    mongo.insert(decoded.processed(clock));
                    handler.handle(decoded.event());
                    return true;
                });
            } catch (DuplicateKeyException concurrentDuplicate) {
                applied = false;
            }
            if (!Boolean.TRUE.equals(applied)) {
                log.info("Skipped duplicate {} {} for {}", decoded.type(), decoded.event().eventId(), consumer);
                return false;
            }
            // DEBUG: one INFO line per applied event was a formatted, flushed log write per result on the hot path
            // (issue 9 benchmark); duplicates, rare and worth seeing, stay at INFO
            log.debug("Applied {} {} for {}", decoded.type(), decoded.event().eventId(), consumer);
            return true;
        } finally {
            restore(previous);
        }
    }

    /**
     * Applies a poll's records once each for the named consumer, in their order (so each partition's order), in as
     * few transactions as the chunk limits allow; see the class comment for the fallback.
     *
     * @return how many events the handler applied (the others had been applied before)
     * @throws BatchListenerFailedException naming the first record that could not be applied by itself
     */
    public int consumeBatch(String consumer, List<ConsumerRecord<String, String>> records, EventHandler handler) {
        return consumeChunks(consumer, records, handler, decoded -> {
            for (Decoded d : decoded) {
                MDC.put(TraceIds.MDC_KEY, d.traceId());
                handler.handle(d.event());
            }
        });
    }

    /**
     * As {@link #consumeBatch}, but each chunk's new events are handed to the handler together, in order, so that it
     * can read what they share in one query and write their changes in one bulk write (inside the chunk's
     * transaction); a chunk applied one by one hands over one event at a time.
     *
     * @return how many events the handler applied (the others had been applied before)
     * @throws BatchListenerFailedException naming the first record that could not be applied by itself
     */
    public int consumeBatchTogether(String consumer, List<ConsumerRecord<String, String>> records,
                                    BatchEventHandler handler) {
        return consumeChunks(consumer, records, event -> handler.handleAll(List.of(event)),
                decoded -> handler.handleAll(decoded.stream().map(Decoded::event).toList()));
    }

    private int consumeChunks(String consumer, List<ConsumerRecord<String, String>> records, EventHandler handler,
                              ChunkHandler together) {
        int applied = 0;
        int from = 0;
        while (from < records.size()) {
            int to = chunkEnd(records, from);
            Integer appliedTogether = to - from > 1
                    ? applyTogether(consumer, records.subList(from, to), together) : null;
            if (appliedTogether != null) {
                applied += appliedTogether;
            } else {
                for (int i = from; i < to; i++) {
                    try {
                        applied += consume(consumer, records.get(i), handler) ? 1 : 0;
                    } catch (RuntimeException e) {
                        throw new BatchListenerFailedException("Could not apply " + records.get(i).topic() + "-"
                                + records.get(i).partition() + "@" + records.get(i).offset() + " for " + consumer, e,
                                i);
                    }
                }
            }
            from = to;
        }
        return applied;
    }

    /** The chunk starting at {@code from}: at most {@link #CHUNK_RECORDS} records and {@link #CHUNK_BYTES}. */
    private static int chunkEnd(List<ConsumerRecord<String, String>> records, int from) {
        int to = from;
        long bytes = 0;
        while (to < records.size() && to - from < CHUNK_RECORDS) {
            String value = records.get(to).value();
            bytes += value == null ? 0 : value.length();
            if (to > from && bytes > CHUNK_BYTES) {
                break;
            }
            to++;
        }
        return to;
    }

    /**
     * The chunk in one transaction; the number applied, or null when it could not be applied together (nothing of
     * it was stored then).
     */
    private Integer applyTogether(String consumer, List<ConsumerRecord<String, String>> chunk, ChunkHandler handler) {
        String previous = MDC.get(TraceIds.MDC_KEY);
        try {
            List<Decoded> decoded = new ArrayList<>(chunk.size());
            for (ConsumerRecord<String, String> record : chunk) {
                decoded.add(decode(consumer, record));
            }
            List<Decoded> fresh = transactions.execute(status -> {
                Set<String> seen = appliedBefore(decoded);
                Map<String, Decoded> toApply = new LinkedHashMap<>();
                for (Decoded d : decoded) {
                    if (!seen.contains(d.id())) {
                        toApply.putIfAbsent(d.id(), d);
                    }
                }
                List<ProcessedEvent> keys = new ArrayList<>(toApply.size());
                toApply.values().forEach(d -> keys.add(d.processed(clock)));
                if (!keys.isEmpty()) {
                    mongo.insert(keys, ProcessedEvent.class);
                }
                List<Decoded> applying = new ArrayList<>(toApply.values());
                if (!applying.isEmpty()) {
                    handler.handle(applying);
                }
                return applying;
            });
            int skipped = decoded.size() - fresh.size();
            if (skipped > 0) {
                log.info("Skipped {} duplicate(s) of {} events for {}", skipped, decoded.size(), consumer);
            }
            log.debug("Applied {} events together for {}", fresh.size(), consumer);
            return fresh.size();
        } catch (RuntimeException e) {
            // a concurrent delivery, a write conflict, a refusal, an unreadable record: the transaction stored
            // nothing; one by one, the record at fault is found and handled by the error handler
            log.debug("Applying {} records together for {} failed ({}); one by one", chunk.size(), consumer,
                    e.toString());
            return null;
        } finally {
            restore(previous);
        }
    }

    /** The ids of the chunk's events this consumer applied before: one query. */
    private Set<String> appliedBefore(List<Decoded> decoded) {
        return StoredIds.matching(mongo, ProcessedEvent.COLLECTION,
                Criteria.where("_id").in(decoded.stream().map(Decoded::id).toList()));
    }

    private Decoded decode(String consumer, ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (type == null) {
            throw new EventDecodingException("Record without ce_type header on " + record.topic(), null);
        }
        IntegrationEvent event = codec.decode(type, record.value());
        return new Decoded(consumer, type, event, TraceIds.sanitize(header(record, TraceIds.KAFKA_HEADER)));
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(TraceIds.MDC_KEY);
        } else {
            MDC.put(TraceIds.MDC_KEY, previous);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Applies a chunk's new events inside its transaction. */
    @FunctionalInterface
    private interface ChunkHandler {

        void handle(List<Decoded> decoded);
    }

    /** A record decoded for one consumer. */
    private record Decoded(String consumer, String type, IntegrationEvent event, String traceId) {

        String id() {
            return consumer + ":" + event.eventId();
        }

        ProcessedEvent processed(Clock clock) {
            return new ProcessedEvent(id(), consumer, event.eventId().toString(), type, clock.instant());
        }
    }
}
