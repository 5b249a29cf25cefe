package cn.shuangsuiji.registry.domain.item;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 事项版本 — one version of an inspection item; once published its content never changes (rules.md §1:
 * 立改废释, keep versions, publish each).
 *
 * @param number           1, 2, ...
 * @param content          what this version says
 * @param status           draft, published, superseded or withdrawn
 * @param createdAt        when the version was drafted
 * @param publishedAt      when it was published
 * @param endedAt          when it was superseded or withdrawn
 * @param withdrawalReason why it was withdrawn
 */
public record ItemVersion(int number, ItemContent content, ItemVersionStatus status, Instant createdAt,
                          Optional<Instant> publishedAt, Optional<Instant> endedAt,
                          Optional<String> withdrawalReason) {

    public ItemVersion {
        if (number < 1) {
            throw new IllegalArgumentException("版本号从 1 开始");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(withdrawalReason, "withdrawalReason");
    }

    static ItemVersion draft(int number, ItemContent content, Instant now) {
        return new ItemVersion(number, content, ItemVersionStatus.DRAFT, now, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    ItemVersion withContent(ItemContent newContent) {
        return new ItemVersion(number, newContent, status, createdAt, publishedAt, endedAt, withdrawalReason);
    }

    ItemVersion published(Instant now) {
        return new ItemVersion(number, content, ItemVersionStatus.PUBLISHED, createdAt, Optional.of(now),
                Optional.empty(), Optional.empty());
    }

    ItemVersion superseded(Instant now) {
        return new ItemVersion(number, content, ItemVersionStatus.SUPERSEDED, createdAt, publishedAt,
                Optional.of(now), Optional.empty());
    }

    ItemVersion withdrawn(String reason, Instant now) {
        return new ItemVersion(number, content, ItemVersionStatus.WITHDRAWN, createdAt, publishedAt,
                Optional.of(now), Optional.of(reason));
    }
}
