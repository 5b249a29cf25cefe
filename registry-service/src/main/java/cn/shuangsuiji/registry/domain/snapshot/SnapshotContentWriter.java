package cn.shuangsuiji.registry.domain.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * 快照二进制内容 — writes the compact binary form of a snapshot (format {@code ssj-registry-snapshot-v1}, gzip
 * applied by the caller) while computing its Merkle root: magic {@code SSJSNAP1}, str(kind), then each record
 * as u32 length ‖ canonical bytes in id order, then u32 0xFFFFFFFF ‖ u32 record count (high) ‖ u32 (low) ‖
 * 32-byte Merkle root. Records must be added sorted by id; out-of-order input is refused.
 */
public final class SnapshotContentWriter {

    public static final String FORMAT = "ssj-registry-snapshot-v1+gzip";
    private static final byte[] MAGIC = "SSJSNAP1".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final MerkleTree tree = new MerkleTree();
    private final CanonicalWriter record = new CanonicalWriter();
    private final CanonicalWriter frame = new CanonicalWriter();
    private String lastId;

    public SnapshotContentWriter(OutputStream out, SnapshotKind kind) {
        this.out = out;
        write(MAGIC, MAGIC.length);
        frame.reset().str(kind.name());
        write(frame.buffer(), frame.length());
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
        tree.add(record.buffer(), 0, record.length());
        frame.reset().u32(record.length());
        write(frame.buffer(), frame.length());
        write(record.buffer(), record.length());
    }

    /** Writes the trailer and returns the hex Merkle root. */
    public String finish() {
        byte[] root = tree.root();
        long count = tree.count();
        frame.reset().u32(0xFFFFFFFFL).u32(count >>> 32).u32(count & 0xFFFFFFFFL);
        write(frame.buffer(), frame.length());
        write(root, 32);
        return HexFormat.of().formatHex(root);
    }

    public long count() {
        return tree.count();
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
