package cn.shuangsuiji.platform.events;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 发件箱记录 — one event waiting to be sent, or sent, stored in the same transaction as the state change.
 *
 * @param id            the event id
 * @param sequence      order of publication within this service (createdAt nanos plus a counter)
 * @param topic         Kafka topic
 * @param key           Kafka key (aggregate id)
 * @param type          CloudEvents type
 * @param schemaVersion schema version of the type
 * @param source        CloudEvents source, the producing service
 * @param occurredAt    when the state change happened
 * @param traceId       the request/trace id in force when the event was stored
 * @param payload       the event as JSON
 * @param sentAt        when Kafka acknowledged it, null while pending
 * @param attempts      send attempts so far
 * @param lastError     the last send error, if any
 */
@Document(OutboxRecord.COLLECTION)
public record OutboxRecord(
        @Id String id,
        long sequence,
        String topic,
        String key,
        String type,
        int schemaVersion,
        String source,
        Instant occurredAt,
        String traceId,
        String payload,
        Instant sentAt,
        int attempts,
        String lastError) {

    public static final String COLLECTION = "outbox";
}
