package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.application.port.out.WithheldEvents;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.platform.events.EventPublisher;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 结果发布 — a record's public events go out only with the entity's public identity (name, USCC). The draw's events
 * name the entity by id only and the registry's entity events travel on another topic, so a record can be drawn,
 * and even submitted, before its entity's facts arrive: then its events are withheld, in order, and published with
 * the identity the moment the facts arrive ({@link #entityKnown}). Runs inside the caller's transaction.
 */
@Component
public class AnnounceRecordEvents {

    private final ReferenceData reference;
    private final WithheldEvents withheld;
    private final EventPublisher publisher;

    AnnounceRecordEvents(ReferenceData reference, WithheldEvents withheld, EventPublisher publisher) {
        this.reference = reference;
        this.withheld = withheld;
        this.publisher = publisher;
    }

    /**
     * Gives a record drawn before its entity's facts arrived the entity's name and USCC if they are known now.
     *
     * @return whether the record was named just now
     */
    public boolean identify(InspectionRecord record) {
        if (record.entityName() != null) {
            return false;
        }
        return reference.entity(record.entityId()).filter(e -> e.name() != null).map(e -> {
            record.entityKnownAs(e.name(), e.uscc());
            return true;
        }).orElse(false);
    }

    /** Publishes the record's events, or withholds them while the entity's identity is unknown. */
    public void announce(InspectionRecord record, boolean namedJustNow, List<IntegrationEvent> events) {
        if (record.entityName() == null) {
            if (!events.isEmpty()) {
                reference.expectEntity(record.entityId());
                events.forEach(e -> withheld.withhold(record.entityId(), e));
            }
            return;
        }
        if (namedJustNow) {
            releaseWithheld(new EntityFacts(record.entityId(), record.entityName(), record.uscc()));
        }
        events.forEach(publisher::publish);
    }

    /** The entity's facts arrived: its withheld events are published, in order, with its identity. */
    public void entityKnown(EntityFacts entity) {
        if (entity.name() != null) {
            releaseWithheld(entity);
        }
    }

    private void releaseWithheld(EntityFacts entity) {
        for (IntegrationEvent event : withheld.release(entity.entityId())) {
            publisher.publish(ContractEvents.identified(event, entity.name(), entity.uscc()));
        }
    }
}
