package cn.shuangsuiji.drawprotocol.snapshot;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * 快照写入 — writes {@link RegistrySnapshot} content to a stream while computing its Merkle root; records are
 * given as canonical encodings in sort order (the caller checks the order).
 */
public final class SnapshotWriter {

    private final OutputStream out;
    private final Merkle.Builder tree = new Merkle.Builder();
    private final Canonical frame = new Canonical(64);

    public SnapshotWriter(OutputStream out, String kind) {
        this.out = out;
        write(RegistrySnapshot.MAGIC_BYTES);
        write(frame.reset().str(kind).toByteArray());
    }

    /** Appends the record written so far into {@code record}. */
    public void add(Canonical record) {
        byte[] bytes = record.toByteArray();
        tree.add(bytes);
        write(frame.reset().u32(bytes.length).toByteArray());
        write(bytes);
    }

    /** Writes the end marker, the count and the root; returns the root. */
    public Hash32 finish() {
        Hash32 root = tree.root();
        write(frame.reset().u32(RegistrySnapshot.END).u64(tree.count()).h32(root).toByteArray());
        return root;
    }

    public long count() {
        return tree.count();
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
