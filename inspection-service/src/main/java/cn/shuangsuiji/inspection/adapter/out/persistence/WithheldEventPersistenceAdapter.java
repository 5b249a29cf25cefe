package cn.shuangsuiji.inspection.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.inspection.application.port.out.WithheldEvents;
import cn.shuangsuiji.platform.events.EventCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Withheld public events in MongoDB ({@code withheld_events}), encoded as their producer would send them. */
@Component
class WithheldEventPersistenceAdapter implements WithheldEvents {

    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    WithheldEventPersistenceAdapter(MongoTemplate mongo, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void withhold(String entityId, IntegrationEvent event) {
        mongo.insert(new WithheldEventDocument(event.eventId().toString(), entityId, clock.instant(),
                sequence.incrementAndGet(), event.eventType(), codec.encode(event)));
    }

    @Override
    public List<IntegrationEvent> release(String entityId) {
        List<WithheldEventDocument> kept = mongo.find(new Query(where("entityId").is(entityId))
                .with(Sort.by("withheldAt", "sequence")), WithheldEventDocument.class);
        if (kept.isEmpty()) {
            return List.of();
        }
        mongo.remove(new Query(where("_id").in(kept.stream().map(WithheldEventDocument::id).toList())),
                WithheldEventDocument.class);
        return kept.stream().map(d -> codec.decode(d.type(), d.payload())).toList();
    }

    @Override
    public Set<String> withheldFor(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mongo.findDistinct(new Query(where("entityId").in(entityIds)), "entityId",
                WithheldEventDocument.class, String.class));
    }

    /** One withheld event. */
    @Document("withheld_events")
    @CompoundIndex(name = "entity_order", def = "{'entityId': 1, 'withheldAt': 1, 'sequence': 1}")
    record WithheldEventDocument(@Id String id, String entityId, Instant withheldAt, long sequence, String type,
                                 String payload) {
    }
}
