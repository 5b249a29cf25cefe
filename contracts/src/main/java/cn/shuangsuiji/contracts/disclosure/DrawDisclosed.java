package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 任务公告已发布 — a draw announcement was published or changed (commitment, execution, substitution, replacement, abandonment, late publication of withheld targets).
 * Provincial feed (M30): carries exactly the record the public API shows at that moment, the whole record each time
 * (the newest event of a key is the current state).
 *
 * @param draw the public record
 */
@EventType(name = "ssj.public.DrawDisclosed", version = 1, topic = Topics.PUBLIC_DRAWS)
public record DrawDisclosed(UUID eventId, Instant occurredAt, PublicDraw draw) implements IntegrationEvent {

    public DrawDisclosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(draw, "draw");
    }

    @Override
    public String aggregateId() {
        return draw.drawId();
    }
}
