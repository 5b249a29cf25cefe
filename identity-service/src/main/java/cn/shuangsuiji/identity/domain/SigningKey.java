package cn.shuangsuiji.identity.domain;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Objects;

/**
 * 签名密钥 — an RSA key pair that signs tokens, known by its key id ({@code kid}). A key is current until it is
 * retired by a rotation; after that it still verifies (is published) for the overlap window.
 */
public record SigningKey(String keyId, KeyPair keyPair, Instant createdAt, Instant retiredAt) {

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyPair, "keyPair");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The key retired at the given time. */
    public SigningKey retire(Instant when) {
        return retiredAt != null ? this : new SigningKey(keyId, keyPair, createdAt, when);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Whether a retired key's tokens may still be verified at {@code now}. */
    public boolean publishedAt(Instant now, java.time.Duration overlap) {
        return retiredAt == null || retiredAt.plus(overlap).isAfter(now);
    }
}
