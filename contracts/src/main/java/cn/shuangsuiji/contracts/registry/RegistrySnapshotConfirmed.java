package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 两库更新确认 — a department confirmed its registry before a draw (S1 11), freezing an immutable snapshot of
 * the drawable population of a scope. A draw loads the snapshot's binary content from {@code contentPath} and
 * checks it against {@code contentSha256} and {@code merkleRoot}.
 *
 * <p>Merkle tree: leaf = SHA-256(0x00 ‖ canonical record), node = SHA-256(0x01 ‖ left ‖ right), an odd last
 * node promoted, records sorted by id; the empty tree's root is SHA-256 of the empty string. The binary form
 * ({@code format} {@code ssj-registry-snapshot-v1+gzip}) is described in the registry-service README.
 *
 * @param snapshotId     the snapshot's id, also the aggregate id
 * @param kind           ENTITIES (检查对象名录库) or INSPECTORS (执法检查人员名录库)
 * @param departmentIds  scope: the confirming departments
 * @param regionCodes    scope: region codes (empty = all regions)
 * @param objectTypes    scope: object types (entities only; empty = all)
 * @param recordCount    number of records in the snapshot
 * @param merkleRoot     hex SHA-256 Merkle root over the canonical records
 * @param contentSha256  hex SHA-256 of the binary content as served
 * @param contentBytes   size of the binary content in bytes
 * @param format         format of the binary content
 * @param contentPath    where to fetch the content, {@code /api/registry/snapshots/{id}/content}
 * @param confirmedBy    who confirmed
 * @param confirmedAt    when it was confirmed
 */
@EventType(name = "ssj.registry.RegistrySnapshotConfirmed", version = 1, topic = Topics.REGISTRY_SNAPSHOTS)
public record RegistrySnapshotConfirmed(
        UUID eventId,
        Instant occurredAt,
        String snapshotId,
        String kind,
        List<String> departmentIds,
        List<String> regionCodes,
        List<String> objectTypes,
        long recordCount,
        String merkleRoot,
        String contentSha256,
        long contentBytes,
        String format,
        String contentPath,
        String confirmedBy,
        Instant confirmedAt) implements IntegrationEvent {

    public RegistrySnapshotConfirmed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(merkleRoot, "merkleRoot");
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
        objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
    }

    @Override
    public String aggregateId() {
        return snapshotId;
    }
}
