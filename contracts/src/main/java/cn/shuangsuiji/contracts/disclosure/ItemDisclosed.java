package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 公示事项已发布 — a version of an item entered or changed in 抽查事项清单 (withdrawn versions included, marked).
 * Provincial feed (M30): carries exactly the record the public API shows at that moment, the whole record each time
 * (the newest event of a key is the current state).
 *
 * @param item the public record
 */
@EventType(name = "ssj.public.ItemDisclosed", version = 1, topic = Topics.PUBLIC_ITEMS)
public record ItemDisclosed(UUID eventId, Instant occurredAt, PublicItem item) implements IntegrationEvent {

    public ItemDisclosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(item, "item");
    }

    @Override
    public String aggregateId() {
        return item.itemId() + ":" + item.version();
    }
}
