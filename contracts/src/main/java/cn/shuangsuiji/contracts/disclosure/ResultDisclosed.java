package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 结果公告已发布 — a result announcement was published or changed (recorded, follow-up).
 * Provincial feed (M30): carries exactly the record the public API shows at that moment.
 *
 * @param result the public result announcement
 */
@EventType(name = "ssj.public.ResultDisclosed", version = 1, topic = Topics.PUBLIC_RESULTS)
public record ResultDisclosed(UUID eventId, Instant occurredAt, PublicResult result) implements IntegrationEvent {

    public ResultDisclosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String aggregateId() {
        return result.resultId();
    }
}
