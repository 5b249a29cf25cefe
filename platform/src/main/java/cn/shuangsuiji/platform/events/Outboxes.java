package cn.shuangsuiji.platform.events;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Factory for the outbox-backed {@link EventPublisher}. */
public final class Outboxes {

    private Outboxes() {
    }

    public static EventPublisher publisher(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, String source,
                                           Clock clock) {
        return new OutboxEventPublisher(mongo, codec, relay, source, clock);
    }
}
