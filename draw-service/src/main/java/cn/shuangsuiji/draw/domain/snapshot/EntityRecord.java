package cn.shuangsuiji.draw.domain.snapshot;

import cn.shuangsuiji.drawprotocol.Hash32;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 检查对象快照记录 — an entity as frozen in a confirmed registry snapshot ({@code ssj.registry.entity.v1}).
 * {@code partyKeys} (回避, S0 16) are hex SHA-256 of the entity's own USCC or ID number, its legal
 * representative's ID number and its holders' USCCs or ID numbers — the same hashing as the inspectors'
 * relation keys. Records written before party keys existed end after {@code legalRepresentative}; for them the
 * party keys are the key of the USCC alone.
 */
public record EntityRecord(String id, String objectType, String regionCode, String industry, String creditClass,
                           String status, List<String> tags, int flags, String uscc, String legalRepresentative,
                           List<String> partyKeys) {

    public EntityRecord {
        tags = tags == null ? List.of() : List.copyOf(tags);
        partyKeys = partyKeys == null ? usccKey(uscc)
                : partyKeys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    /** A record without party keys (older snapshot format): the USCC's key only. */
    public EntityRecord(String id, String objectType, String regionCode, String industry, String creditClass,
                        String status, List<String> tags, int flags, String uscc, String legalRepresentative) {
        this(id, objectType, regionCode, industry, creditClass, status, tags, flags, uscc, legalRepresentative,
                null);
    }

    /** Hex SHA-256 of the UTF-8 bytes of an identifier, the key convention of registry snapshots. */
    public static String key(String identifier) {
        return Hash32.sha256(identifier.getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static List<String> usccKey(String uscc) {
        return uscc == null || uscc.isEmpty() ? List.of() : List.of(key(uscc));
    }
}
