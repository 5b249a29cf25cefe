package cn.shuangsuiji.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 密钥环 — the signing keys of the provider: exactly one current key that signs new tokens, plus the retired
 * keys still within their overlap window so tokens they signed keep verifying. Rotation makes a new key current
 * and retires the old one; keys past the window drop out.
 */
public final class SigningKeyRing {

    private final List<SigningKey> keys;
    private final Duration overlap;

    public SigningKeyRing(List<SigningKey> keys, Duration overlap) {
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative");
        }
        List<SigningKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(SigningKey::createdAt).reversed());
        if (sorted.stream().filter(k -> !k.retired()).count() > 1) {
            throw new IllegalArgumentException("more than one current signing key");
        }
        this.keys = List.copyOf(sorted);
    }

    /** Whether there is a current key. */
    public boolean hasCurrent() {
        return keys.stream().anyMatch(k -> !k.retired());
    }

    /** The key that signs new tokens. */
    public SigningKey current() {
        return keys.stream().filter(k -> !k.retired()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no current signing key"));
    }

    /** Whether the current key is older than the rotation period at {@code now}, or there is none. */
    public boolean rotationDue(Instant now, Duration period) {
        return !hasCurrent() || !current().createdAt().plus(period).isAfter(now);
    }

    /** The ring after rotating to {@code fresh}: fresh is current, the previous current key retired now. */
    public SigningKeyRing rotate(SigningKey fresh, Instant now) {
        if (fresh.retired()) {
            throw new IllegalArgumentException("a new key cannot be retired");
        }
        List<SigningKey> next = new ArrayList<>();
        next.add(fresh);
        keys.stream().map(k -> k.retire(now)).filter(k -> k.publishedAt(now, overlap)).forEach(next::add);
        return new SigningKeyRing(next, overlap);
    }

    /** The keys to publish (JWKS) at {@code now}: the current one first, then retired ones within the window. */
    public List<SigningKey> published(Instant now) {
        return keys.stream().filter(k -> k.publishedAt(now, overlap)).toList();
    }

    /** All keys held, newest first. */
    public List<SigningKey> keys() {
        return keys;
    }

    public Duration overlap() {
        return overlap;
    }
}
