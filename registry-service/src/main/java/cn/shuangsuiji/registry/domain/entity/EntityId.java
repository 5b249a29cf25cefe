package cn.shuangsuiji.registry.domain.entity;

import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.validation.Patterns;
import java.util.Objects;

/**
 * 检查对象标识 — the id of an entity in the registry. Derived from its identity so that a re-import of the same
 * USCC finds the same record: {@code ent-<USCC>}, or for a natural person {@code ent-p<16 hex of the keyed hash
 * of the ID number>} ({@link Pseudonyms#naturalPersonId}: without the platform privacy secret the id cannot be
 * matched with an ID number).
 */
public record EntityId(String value) implements Comparable<EntityId> {

    public EntityId {
        Objects.requireNonNull(value, "value");
        if (!Patterns.matches(Patterns.ID, value)) {
            throw new IllegalArgumentException("检查对象标识格式错误");
        }
    }

    /** The id of the entity with this USCC, or with this ID number when it has no USCC. */
    public static EntityId of(String uscc, String idNumber, Pseudonyms pseudonyms) {
        if (uscc != null) {
            return new EntityId("ent-" + uscc);
        }
        return new EntityId(pseudonyms.naturalPersonId(idNumber));
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
