package cn.shuangsuiji.draw.domain.snapshot;

import java.util.List;

/**
 * 执法人员快照记录 — an inspector as frozen in a confirmed registry snapshot ({@code ssj.registry.inspector.v1});
 * relation keys are hex SHA-256 of declared relatives' ID numbers and of USCCs of interest/former employers.
 */
public record InspectorRecord(String id, String departmentId, String regionCode, String post, List<String> itemIds,
                              List<String> categories, List<String> tags, String status, List<String> relationKeys) {

    public InspectorRecord {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        relationKeys = relationKeys == null ? List.of() : List.copyOf(relationKeys);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
