package cn.shuangsuiji.registry.domain.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * 名录库快照 — an immutable snapshot of the drawable population of a scope, frozen when a department confirms
 * its registries before a draw (两库更新确认, S1 11). Never modified; a new confirmation makes a new snapshot.
 *
 * @param id            snapshot id
 * @param kind          entities or inspectors
 * @param scope         departments, regions, object types
 * @param recordCount   records frozen
 * @param merkleRoot    hex SHA-256 Merkle root over the canonical records sorted by id
 * @param contentSha256 hex SHA-256 of the binary content as served
 * @param contentBytes  size of the binary content
 * @param format        binary format name
 * @param confirmedBy   who confirmed
 * @param confirmedAt   when
 */
public record RegistrySnapshot(SnapshotId id, SnapshotKind kind, SnapshotScope scope, long recordCount,
                               String merkleRoot, String contentSha256, long contentBytes, String format,
                               String confirmedBy, Instant confirmedAt) {

    public RegistrySnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(merkleRoot, "merkleRoot");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }

    /** Where the draw service fetches the binary content. */
    public String contentPath() {
        return "/api/registry/snapshots/" + id.value() + "/content";
    }
}
