package cn.shuangsuiji.platform.messaging;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 已处理事件 — marks that one consumer applied one event; written in the same transaction as the state
 * change, so a redelivered event finds it and is skipped.
 *
 * @param id          {@code consumer:eventId}
 * @param consumer    the consumer's name
 * @param eventId     the event id
 * @param eventType   the event type
 * @param processedAt when it was applied
 */
@Document(ProcessedEvent.COLLECTION)
public record ProcessedEvent(String id, String consumer, String eventId, String eventType, Instant processedAt) {

    public static final String COLLECTION = "processed_events";
}
