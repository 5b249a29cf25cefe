package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽取日志检查点 — the platform's draw transparency log (docs/draw-protocol.md §16) reached a new size and the
 * platform signed a checkpoint of it. Published as soon as it is made (one per draw action), so that anyone who
 * keeps it can later prove a rewritten or truncated history. Carries only hashes.
 *
 * @param origin     the log's origin line, e.g. {@code shuangsuiji.cn/draw-log}
 * @param treeSize   number of leaves (draw-log entries of all draws) the checkpoint covers
 * @param rootHash   the tree's root, 64 hex digits
 * @param checkpoint the signed note exactly as served ({@code text/plain}, C2SP tlog-checkpoint), with the
 *                   platform's Ed25519 signature line
 * @param signedAt   the checkpoint's time (its {@code time} extension line)
 */
@EventType(name = "ssj.draw.DrawLogCheckpointed", version = 1, topic = Topics.DRAW_LOG)
public record DrawLogCheckpointed(UUID eventId, Instant occurredAt, String origin, long treeSize, String rootHash,
                                  String checkpoint, Instant signedAt) implements IntegrationEvent {

    public DrawLogCheckpointed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (treeSize < 1) {
            throw new IllegalArgumentException("a checkpoint covers at least one leaf");
        }
    }

    /** The log's origin: every checkpoint of one log goes to one partition, in order. */
    @Override
    public String aggregateId() {
        return origin;
    }
}
