package cn.shuangsuiji.drawprotocol;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.List;

/**
 * 默克尔树 — the snapshot Merkle tree of docs/draw-protocol.md §3:
 * leaf = SHA-256(0x00 ‖ canonical record), node = SHA-256(0x01 ‖ left ‖ right), pairs taken left to
 * right on each level, an odd last node promoted unchanged to the next level, and the root of the
 * empty tree = SHA-256 of the empty string. Leaves are in the canonical record order (sorted).
 */
public final class Merkle {
    /** Root of a tree without leaves: SHA-256("") = e3b0c442…b855. */
    public static final Hash32 EMPTY_ROOT = Hash32.sha256(new byte[0]);

    private static final int CHUNK_LEVEL = 16;

    private Merkle() {
    }

    /** Writes the canonical record of leaf {@code index}; must be safe to call from several threads. */
    @FunctionalInterface
    public interface LeafEncoder {
        void encode(int index, Canonical out);
    }

    /**
     * Writes the canonical record of leaf {@code index}, after its common prefix, at {@code buf[pos..]} and returns
     * its end; the buffer has room for the {@code maxRecordBytes} given to
     * {@link #root(int, byte[], int, RecordWriter, int)}. Must be safe to call
     * from several threads (each has its own buffer).
     */
    @FunctionalInterface
    interface RecordWriter {
        int write(int index, byte[] buf, int pos);
    }

    /** Root over already-encoded canonical records, in the given (canonical) order. */
    public static Hash32 rootOfRecords(List<byte[]> records) {
        return root(records.size(), (i, out) -> {
            byte[] r = records.get(i);
            out.raw(r, 0, r.length);
        }, 1);
    }

    /** Leaf hash of one canonical record. */
    public static Hash32 leaf(byte[] record) {
        MessageDigest md = Sha256.newDigest();
        md.update((byte) 0);
        md.update(record);
        return Hash32.of(md.digest());
    }

    /** Node hash of two children. */
    public static Hash32 node(Hash32 left, Hash32 right) {
        MessageDigest md = Sha256.newDigest();
        md.update((byte) 1);
        left.updateDigest(md);
        right.updateDigest(md);
        return Hash32.of(md.digest());
    }

    /**
     * Root over {@code n} leaves whose records {@code encoder} writes, hashing aligned subtrees of
     * 2^16 leaves on up to {@code threads} threads. The result does not depend on {@code threads}.
     */
    public static Hash32 root(int n, LeafEncoder encoder, int threads) {
        if (n == 0) {
            return EMPTY_ROOT;
        }
        int chunks = n >>> CHUNK_LEVEL;
        byte[] chunkRoots = new byte[chunks * 32];
        if (chunks > 0) {
            int t = Math.max(1, Math.min(threads, chunks));
            Parallel.run(t, worker -> {
                Accumulator acc = new Accumulator();
                Canonical out = new Canonical(256);
                for (int c = worker; c < chunks; c += t) {
                    acc.clear();
                    int from = c << CHUNK_LEVEL;
                    for (int i = from; i < from + (1 << CHUNK_LEVEL); i++) {
                        acc.addLeaf(encoder, i, out);
                    }
                    acc.copyPending(CHUNK_LEVEL, chunkRoots, c * 32);
                }
            });
        }
        Accumulator acc = new Accumulator();
        for (int c = 0; c < chunks; c++) {
            acc.add(CHUNK_LEVEL, chunkRoots, c * 32);
        }
        Canonical out = new Canonical(256);
        for (int i = chunks << CHUNK_LEVEL; i < n; i++) {
            acc.addLeaf(encoder, i, out);
        }
        return acc.finish();
    }

    /**
     * Root over {@code n} leaves whose records (at most {@code maxRecordBytes} each, all starting with the bytes
     * {@code prefix}) {@code writer} writes into a reused buffer behind 0x00 ‖ prefix (written once), so each leaf
     * is one digest update of prepared bytes; aligned
     * subtrees of 2^16 leaves on up to {@code threads} threads. The same root as {@link #root(int, LeafEncoder, int)}
     * over the same records, whatever {@code threads}.
     */
    static Hash32 root(int n, byte[] prefix, int maxRecordBytes, RecordWriter writer, int threads) {
        if (n == 0) {
            return EMPTY_ROOT;
        }
        int chunks = n >>> CHUNK_LEVEL;
        byte[] chunkRoots = new byte[chunks * 32];
        if (chunks > 0) {
            int t = Math.max(1, Math.min(threads, chunks));
            Parallel.run(t, worker -> {
                Accumulator acc = new Accumulator();
                byte[] leaf = leafBuffer(prefix, maxRecordBytes);
                int pos = 1 + prefix.length;
                for (int c = worker; c < chunks; c += t) {
                    acc.clear();
                    int from = c << CHUNK_LEVEL;
                    for (int i = from; i < from + (1 << CHUNK_LEVEL); i++) {
                        acc.addRecord(writer, i, leaf, pos);
                    }
                    acc.copyPending(CHUNK_LEVEL, chunkRoots, c * 32);
                }
            });
        }
        Accumulator acc = new Accumulator();
        for (int c = 0; c < chunks; c++) {
            acc.add(CHUNK_LEVEL, chunkRoots, c * 32);
        }
        byte[] leaf = leafBuffer(prefix, maxRecordBytes);
        for (int i = chunks << CHUNK_LEVEL; i < n; i++) {
            acc.addRecord(writer, i, leaf, 1 + prefix.length);
        }
        return acc.finish();
    }

    /** 0x00 ‖ prefix, then room for the rest of a record. */
    private static byte[] leafBuffer(byte[] prefix, int maxRecordBytes) {
        byte[] leaf = new byte[1 + maxRecordBytes];
        System.arraycopy(prefix, 0, leaf, 1, prefix.length);
        return leaf;
    }

    /**
     * 流式默克尔树 — the same tree built one record at a time, for a writer that streams its records (the registry's
     * snapshot writer, §3.1): at most one pending node per level, so a million records need 65 × 32 bytes.
     */
    public static final class Builder {
        private final Accumulator acc = new Accumulator();
        private long count;

        /** Adds the leaf of the next canonical record (bytes {@code off..off+len} of {@code record}). */
        public Builder add(byte[] record, int off, int len) {
            acc.addLeafBytes(record, off, len);
            count++;
            return this;
        }

        /** Adds the leaf of the next canonical record. */
        public Builder add(byte[] record) {
            return add(record, 0, record.length);
        }

        public long count() {
            return count;
        }

        /** The root over every record added (the empty root when none); call once, at the end. */
        public Hash32 root() {
            return acc.finish();
        }
    }

    /**
     * Streaming form of the level-by-level tree: at most one pending node per level. Appending a node
     * at level L requires every level below L to be empty (true for aligned complete subtrees).
     *
     * <p>Each level has a 65-byte slot 0x01 ‖ left ‖ right: a hash arriving at a level is digested straight into
     * the slot's left half when the level is empty, else into its right half, and the full slot is then one
     * digest update of the parent — no copying of hashes.
     */
    static final class Accumulator {
        private static final int LEVELS = 65;

        private final MessageDigest md = Sha256.newDigest();
        private final byte[][] slot = new byte[LEVELS][65];
        private final boolean[] has = new boolean[LEVELS];

        Accumulator() {
            for (byte[] s : slot) {
                s[0] = 1;
            }
        }

        void clear() {
            java.util.Arrays.fill(has, false);
        }

        void addLeaf(LeafEncoder encoder, int index, Canonical out) {
            out.reset();
            out.u8(0);
            encoder.encode(index, out);
            md.update(out.buffer(), 0, out.length());
            digestAndPush();
        }

        /** Leaf of the record {@code writer} writes into {@code leaf} at {@code pos} (the bytes before it kept). */
        void addRecord(RecordWriter writer, int index, byte[] leaf, int pos) {
            int end = writer.write(index, leaf, pos);
            md.update(leaf, 0, end);
            digestAndPush();
        }

        void addLeafBytes(byte[] record, int off, int len) {
            md.update((byte) 0);
            md.update(record, off, len);
            digestAndPush();
        }

        void add(int level, byte[] src, int off) {
            for (int l = 0; l < level; l++) {
                if (has[l]) {
                    throw new IllegalStateException("unaligned Merkle insertion");
                }
            }
            System.arraycopy(src, off, slot[level], has[level] ? 33 : 1, 32);
            push(level);
        }

        /** Finishes the digest in progress into level 0 and carries up. */
        private void digestAndPush() {
            digestInto(0);
            push(0);
        }

        /** The hash just placed at {@code level} (left half if the level was empty, else right half) carries up. */
        private void push(int level) {
            while (has[level]) {
                md.update(slot[level], 0, 65);
                has[level] = false;
                level++;
                digestInto(level);
            }
            has[level] = true;
        }

        /** Digest into level {@code level}'s free half. */
        private void digestInto(int level) {
            try {
                md.digest(slot[level], has[level] ? 33 : 1, 32);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
        }

        void copyPending(int level, byte[] dst, int off) {
            if (!has[level]) {
                throw new IllegalStateException("no subtree root at level " + level);
            }
            System.arraycopy(slot[level], 1, dst, off, 32);
        }

        /** Folds the pending nodes bottom-up: a lone node is promoted, a pending left sibling joins. */
        Hash32 finish() {
            byte[] carry = null;
            for (int l = 0; l < LEVELS; l++) {
                if (!has[l]) {
                    continue;
                }
                if (carry != null) {
                    System.arraycopy(carry, 0, slot[l], 33, 32);
                    md.update(slot[l], 0, 65);
                    carry = md.digest();
                } else {
                    carry = java.util.Arrays.copyOfRange(slot[l], 1, 33);
                }
            }
            return carry != null ? Hash32.of(carry) : EMPTY_ROOT;
        }
    }
}
