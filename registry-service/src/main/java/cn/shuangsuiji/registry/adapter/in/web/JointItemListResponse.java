package cn.shuangsuiji.registry.adapter.in.web;

import java.time.Instant;
import java.util.List;

/** A joint item list as the API shows it. */
public record JointItemListResponse(String id, String name, String initiatingDepartmentId, List<String> departmentIds,
                                    List<Entry> items, Instant publishedAt) {

    /** One item pinned to its published version. */
    public record Entry(String itemId, int version, String departmentId, String checkProject) {
    }
}
