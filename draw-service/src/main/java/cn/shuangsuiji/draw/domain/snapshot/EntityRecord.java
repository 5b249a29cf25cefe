package cn.shuangsuiji.draw.domain.snapshot;

import java.util.List;

/**
 * 检查对象快照记录 — an entity as frozen in a confirmed registry snapshot ({@code ssj.registry.entity.v1}).
 */
public record EntityRecord(String id, String objectType, String regionCode, String industry, String creditClass,
                           String status, List<String> tags, int flags, String uscc, String legalRepresentative) {

    public EntityRecord {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
