package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 结果更正已公示 — a published result was corrected (S1 22); carries the corrected announcement with its correction history.
 * Provincial feed (M30): carries exactly the record the public API shows at that moment.
 *
 * @param result the public result announcement
 */
@EventType(name = "ssj.public.CorrectionDisclosed", version = 1, topic = Topics.PUBLIC_CORRECTIONS)
public record CorrectionDisclosed(UUID eventId, Instant occurredAt, PublicResult result) implements IntegrationEvent {

    public CorrectionDisclosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String aggregateId() {
        return result.resultId();
    }
}
