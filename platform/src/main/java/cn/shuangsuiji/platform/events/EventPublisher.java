package cn.shuangsuiji.platform.events;

import cn.shuangsuiji.contracts.IntegrationEvent;

/**
 * 事件发布 — the one way a service publishes an integration event.
 *
 * <p>Must be called inside the MongoDB transaction that stores the state change: the event is written to the
 * outbox in that transaction and sent to Kafka after commit, so a state change and its event are stored
 * together or not at all.
 */
public interface EventPublisher {

    /** Stores the event with the current transaction; it is sent to Kafka after commit. */
    void publish(IntegrationEvent event);
}
