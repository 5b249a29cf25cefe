package cn.shuangsuiji.drawprotocol.snapshot;

import cn.shuangsuiji.drawprotocol.CanonicalReader;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * 快照读取 — reads {@link RegistrySnapshot} content (un-gzipped) record by record, recomputing the Merkle root and
 * checking it and the count against the trailer. A malformed or inconsistent content is a
 * {@link SnapshotFormatException}; the caller checks the root against the confirmation.
 */
public final class SnapshotReader {

    /** Receives each record in order: its tag already read from {@code record}. */
    @FunctionalInterface
    public interface RecordVisitor {
        void record(String tag, CanonicalReader record);
    }

    /** The kind, count and (checked) Merkle root of the content read. */
    public record Summary(String kind, long count, Hash32 root) {
    }

    private SnapshotReader() {
    }

    /** Reads every record of {@code in} into {@code visitor}; returns the summary once the trailer checks out. */
    public static Summary read(InputStream in, RecordVisitor visitor) {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = data.readNBytes(8);
            if (!Arrays.equals(magic, RegistrySnapshot.MAGIC_BYTES)) {
                throw new SnapshotFormatException("not a registry snapshot (magic)");
            }
            String kind = new String(data.readNBytes(length(data)), StandardCharsets.UTF_8);
            Merkle.Builder tree = new Merkle.Builder();
            while (true) {
                long length = Integer.toUnsignedLong(data.readInt());
                if (length == RegistrySnapshot.END) {
                    break;
                }
                byte[] record = data.readNBytes((int) length);
                if (record.length != length) {
                    throw new EOFException();
                }
                tree.add(record);
                CanonicalReader r = new CanonicalReader(record);
                visitor.record(r.str(), r);
            }
            long count = data.readLong();
            byte[] root = data.readNBytes(32);
            if (root.length != 32) {
                throw new EOFException();
            }
            if (data.read() != -1) {
                throw new SnapshotFormatException("bytes after the trailer");
            }
            Hash32 computed = tree.root();
            if (count != tree.count() || !computed.equals(Hash32.of(root))) {
                throw new SnapshotFormatException("record count or Merkle root does not match the records");
            }
            return new Summary(kind, count, computed);
        } catch (EOFException e) {
            throw new SnapshotFormatException("content truncated");
        } catch (IOException e) {
            throw new SnapshotFormatException("content unreadable: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw e instanceof SnapshotFormatException s ? s : new SnapshotFormatException(e.getMessage());
        }
    }

    private static int length(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 1024) {
            throw new SnapshotFormatException("kind length out of range");
        }
        return n;
    }
}
