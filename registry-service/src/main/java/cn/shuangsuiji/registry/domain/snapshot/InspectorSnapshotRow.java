package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.snapshot.RegistrySnapshot;
import java.util.List;

/**
 * 执法人员快照记录 — the fields of an inspector a draw needs: id, department, region, post, enforcement scope,
 * status, tags and relation keys (hex SHA-256 of declared relatives' ID numbers and of the USCCs of interest
 * entities and former employers) instead of raw personal data (S0 25).
 */
public record InspectorSnapshotRow(String id, String departmentId, String regionCode, String post,
                                   List<String> itemIds, List<String> categories, List<String> tags, String status,
                                   List<String> relationKeys) {

    public static final String TAG = RegistrySnapshot.INSPECTOR_TAG;

    /** Canonical record: str(tag) ‖ str(id) ‖ str(department) ‖ str(region) ‖ str(post) ‖ strs(itemIds) ‖
     * strs(categories) ‖ strs(tags) ‖ str(status) ‖ strs(relationKeys, sorted). */
    public void encode(Canonical out) {
        out.str(TAG).str(s(id)).str(s(departmentId)).str(s(regionCode)).str(s(post)).strList(itemIds)
                .strList(categories).strList(tags).str(s(status)).strList(relationKeys);
    }

    /** A missing value is encoded as the empty string. */
    private static String s(String value) {
        return value == null ? "" : value;
    }
}
