package cn.shuangsuiji.registry.domain.snapshot;

import java.util.List;

/**
 * 检查对象快照记录 — the fields of an entity a draw needs: id, object type, region, industry, credit class,
 * status, tags, flags, and USCC and legal representative for conflict screening.
 */
public record EntitySnapshotRow(String id, String objectType, String regionCode, String industry,
                                String creditClass, String status, List<String> tags, boolean abnormalList,
                                boolean seriousDishonesty, String uscc, String legalRepresentative) {

    public static final String TAG = "ssj.registry.entity.v1";

    /** Canonical record: str(tag) ‖ str(id) ‖ str(objectType) ‖ str(region) ‖ str(industry) ‖ str(class) ‖
     * str(status) ‖ strs(tags) ‖ u8(flags: 1 abnormal, 2 dishonest) ‖ str(uscc) ‖ str(legalRepresentative). */
    public void encode(CanonicalWriter out) {
        out.str(TAG).str(id).str(objectType).str(regionCode).str(industry).str(creditClass).str(status).strs(tags)
                .u8((abnormalList ? 1 : 0) | (seriousDishonesty ? 2 : 0)).str(uscc).str(legalRepresentative);
    }
}
