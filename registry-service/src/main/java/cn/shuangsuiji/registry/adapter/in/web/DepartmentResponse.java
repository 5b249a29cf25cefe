package cn.shuangsuiji.registry.adapter.in.web;

import java.time.Instant;

/** A department as the API shows it. */
public record DepartmentResponse(String id, String name, String type, String typeName, String level,
                                 String levelName, String regionCode, String parentId, Instant registeredAt,
                                 long version) {
}
