package cn.shuangsuiji.draw.domain.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 已确认快照 — the draw service's read model of a confirmed registry snapshot (两库更新确认, S1 11): its scope,
 * Merkle root and where its content is fetched.
 */
public record ConfirmedSnapshot(String snapshotId, String kind, List<String> departmentIds, List<String> regionCodes,
                                List<String> objectTypes, long recordCount, String merkleRoot, String contentSha256,
                                String contentPath, Instant confirmedAt) {

    public static final String ENTITIES = "ENTITIES";
    public static final String INSPECTORS = "INSPECTORS";

    public ConfirmedSnapshot {
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        departmentIds = sorted(departmentIds);
        regionCodes = sorted(regionCodes);
        objectTypes = sorted(objectTypes);
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
