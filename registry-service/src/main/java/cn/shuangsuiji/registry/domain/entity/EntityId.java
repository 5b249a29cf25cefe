package cn.shuangsuiji.registry.domain.entity;

import cn.shuangsuiji.registry.domain.validation.Patterns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * 检查对象标识 — the id of an entity in the registry. Derived from its identity so that a re-import of the same
 * USCC finds the same record: {@code ent-<USCC>}, or for a natural person {@code ent-p<16 hex of SHA-256 of
 * the ID number>} (the id never shows the ID number).
 */
public record EntityId(String value) implements Comparable<EntityId> {

    public EntityId {
        Objects.requireNonNull(value, "value");
        if (!Patterns.matches(Patterns.ID, value)) {
            throw new IllegalArgumentException("检查对象标识格式错误");
        }
    }

    /** The id of the entity with this USCC, or with this ID number when it has no USCC. */
    public static EntityId of(String uscc, String idNumber) {
        if (uscc != null) {
            return new EntityId("ent-" + uscc);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idNumber.getBytes(StandardCharsets.UTF_8));
            return new EntityId("ent-p" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
