package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.snapshot.RegistrySnapshot;
import cn.shuangsuiji.drawprotocol.snapshot.SnapshotWriter;
import java.io.OutputStream;

/**
 * 快照二进制内容 — writes the compact binary form of a snapshot (format {@code ssj-registry-snapshot-v1}, gzip
 * applied by the caller) while computing its Merkle root: magic {@code SSJSNAP1}, str(kind), then each record
 * as u32 length ‖ canonical bytes in id order, then u32 0xFFFFFFFF ‖ u32 record count (high) ‖ u32 (low) ‖
 * 32-byte Merkle root. Records must be added sorted by id; out-of-order input is refused. The format, the
 * canonical encoding and the Merkle tree are draw-protocol's ({@link RegistrySnapshot}, docs/draw-protocol.md
 * §3.1): the draw-service reads this content with the same code.
 */
public final class SnapshotContentWriter {

    public static final String FORMAT = RegistrySnapshot.FORMAT;

    private final SnapshotWriter writer;
    private final Canonical record = new Canonical(512);
    private String lastId;

    public SnapshotContentWriter(OutputStream out, SnapshotKind kind) {
        this.writer = new SnapshotWriter(out, kind.name());
    }

    public void add(EntitySnapshotRow row) {
        order(row.id());
        row.encode(record.reset());
        append();
    }

    public void add(InspectorSnapshotRow row) {
        order(row.id());
        row.encode(record.reset());
        append();
    }

    private void order(String id) {
        if (lastId != null && lastId.compareTo(id) >= 0) {
            throw new IllegalStateException("snapshot records out of order: " + lastId + " then " + id);
        }
        lastId = id;
    }

    private void append() {
        writer.add(record);
    }

    /** Writes the trailer and returns the hex Merkle root. */
    public String finish() {
        return writer.finish().hex();
    }

    public long count() {
        return writer.count();
    }
}
