package cn.shuangsuiji.drawprotocol.snapshot;

import java.nio.charset.StandardCharsets;

/**
 * 名录快照格式 — the binary content of a confirmed registry snapshot ({@code ssj-registry-snapshot-v1}, gzip applied
 * around it; docs/draw-protocol.md §3.1): the registry writes it ({@link SnapshotWriter}), the draw-service and
 * anyone checking a confirmation read it ({@link SnapshotReader}). One code base for writer and readers.
 * <pre>
 * "SSJSNAP1" ‖ str(kind) ‖ { u32(len) ‖ record }* ‖ u32(0xFFFFFFFF) ‖ u64(count) ‖ h32(merkleRoot)
 * </pre>
 * Records are canonical (§2) and sorted by id; the root is the §3 Merkle tree over them.
 */
public final class RegistrySnapshot {

    /** The content format named in the confirmation event. */
    public static final String FORMAT = "ssj-registry-snapshot-v1+gzip";
    /** First 8 bytes of the (un-gzipped) content. */
    public static final String MAGIC = "SSJSNAP1";
    /** Tag of an entity record (检查对象). */
    public static final String ENTITY_TAG = "ssj.registry.entity.v1";
    /** Tag of an inspector record (执法检查人员). */
    public static final String INSPECTOR_TAG = "ssj.registry.inspector.v1";
    /** The length word that ends the records. */
    static final long END = 0xFFFFFFFFL;

    static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);

    private RegistrySnapshot() {
    }
}
