package cn.shuangsuiji.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * 集成事件 — a fact one service publishes for the others, as a versioned record.
 *
 * <p>Every event carries its own id (for idempotent consumption), the time it happened and the id of the
 * aggregate it belongs to. The aggregate id is also the Kafka key, so one aggregate's events stay in order.
 * Type name, schema version and topic come from the {@link EventType} annotation on the record.
 */
public interface IntegrationEvent {

    /** Unique id of this event; consumers use it to apply the event at most once. */
    UUID eventId();

    /** When the state change happened. */
    Instant occurredAt();

    /** Id of the aggregate whose state changed; the Kafka record key. */
    String aggregateId();

    /** Stable type name, e.g. {@code ssj.planning.PlanApproved}. */
    default String eventType() {
        return EventTypes.of(getClass()).name();
    }

    /** Schema version of the type; additive changes keep it, breaking changes make a new type. */
    default int schemaVersion() {
        return EventTypes.of(getClass()).version();
    }

    /** Topic the event is published on. */
    default String topic() {
        return EventTypes.of(getClass()).topic();
    }
}
