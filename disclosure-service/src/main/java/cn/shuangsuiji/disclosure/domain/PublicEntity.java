package cn.shuangsuiji.disclosure.domain;

import java.util.Objects;

/**
 * 公示市场主体 — the public facts of an entity, from the registry's events: name, 统一社会信用代码, region and type.
 * Natural persons (no credit code) are never listed. Credit-risk class, tags and supervision scopes are internal.
 *
 * @param entityId   entity id
 * @param name       市场主体名称
 * @param uscc       统一社会信用代码
 * @param regionCode GB/T 2260 region code
 * @param objectType object type
 * @param status     OPERATING, CANCELLED or REVOKED
 */
public record PublicEntity(String entityId, String name, String uscc, String regionCode, String objectType,
                           String status) {

    public PublicEntity {
        Objects.requireNonNull(entityId, "entityId");
    }

    /** Whether the entity may be listed publicly: only legal persons and businesses with a credit code. */
    public boolean listable() {
        return uscc != null && !uscc.isBlank() && name != null;
    }
}
