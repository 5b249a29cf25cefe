package cn.shuangsuiji.draw.domain.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 已核验快照记录 — the records of one entity snapshot, checked (SHA-256, Merkle root and count against the
 * confirmation event) by {@link EntitySnapshotReader} and kept in a compact, task-independent form, so that a commit
 * replays them into its intake without fetching, inflating and hashing the content again (issue 12). Exactly what
 * the intake reads of a record is kept: the id, the codes (object type, region, industry, credit class, tags), the
 * party keys (a 64-digit lower-case hex key as its 32 bytes) and, for a record of the older format without party
 * keys, its USCC. Records are appended to 1 MiB blocks (varint lengths, codes as indices into one code table); no
 * object per record. {@link #replay} hands each record to a sink as one reused {@link EntityRow} whose fields equal
 * what the streaming reader gave for it.
 */
public final class SnapshotRows {

    private static final int BLOCK = 1 << 20;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final List<byte[]> blocks;
    /** Bytes used in each block. */
    private final int[] used;
    private final String[] codes;
    private final long rows;

    private SnapshotRows(List<byte[]> blocks, int[] used, String[] codes, long rows) {
        this.blocks = blocks;
        this.used = used;
        this.codes = codes;
        this.rows = rows;
    }

    /** A recorder to pass as the reader's sink; {@link Recorder#finish} gives the rows once the reader returned. */
    public static Recorder recorder() {
        return new Recorder();
    }

    /** Number of records. */
    public long rows() {
        return rows;
    }

    /** Bytes held (the blocks). */
    public long bytes() {
        return blocks.stream().mapToLong(b -> b.length).sum();
    }

    /** Hands every record, in the snapshot's order, to {@code sink} (one reused row). */
    public void replay(Consumer<EntityRow> sink) {
        EntityRow row = new EntityRow();
        Cursor c = new Cursor();
        for (int b = 0; b < blocks.size(); b++) {
            c.b = blocks.get(b);
            c.pos = 0;
            while (c.pos < used[b]) {
                int idLen = c.varint();
                int p = ensure(row, 0, idLen);
                System.arraycopy(c.b, c.pos, row.buf, p, idLen);
                c.pos += idLen;
                row.idOff = 0;
                row.idLen = idLen;
                p = idLen;
                row.objectType = codes[c.varint()];
                row.regionCode = codes[c.varint()];
                row.industry = codes[c.varint()];
                row.creditClass = codes[c.varint()];
                row.clearLists();
                int tags = c.varint();
                for (int i = 0; i < tags; i++) {
                    row.addTag(codes[c.varint()]);
                }
                row.keysPresent = c.b[c.pos++] != 0;
                row.usccOff = 0;
                row.usccLen = 0;
                if (!row.keysPresent) {
                    int usccLen = c.varint();
                    p = ensure(row, p, usccLen);
                    System.arraycopy(c.b, c.pos, row.buf, p, usccLen);
                    c.pos += usccLen;
                    row.usccOff = p;
                    row.usccLen = usccLen;
                } else {
                    int keys = c.varint();
                    for (int i = 0; i < keys; i++) {
                        int marker = c.varint();
                        if (marker == 0) { // the 32 bytes of a lower-case hex key
                            p = ensure(row, p, 64);
                            for (int j = 0; j < 32; j++) {
                                int v = c.b[c.pos + j] & 0xFF;
                                row.buf[p + 2 * j] = HEX[v >>> 4];
                                row.buf[p + 2 * j + 1] = HEX[v & 0x0F];
                            }
                            c.pos += 32;
                            row.addKey(p, 64);
                            p += 64;
                        } else {
                            int len = marker - 1;
                            p = ensure(row, p, len);
                            System.arraycopy(c.b, c.pos, row.buf, p, len);
                            c.pos += len;
                            row.addKey(p, len);
                            p += len;
                        }
                    }
                }
                sink.accept(row);
            }
        }
    }

    /** A read position in one block. */
    private static final class Cursor {
        byte[] b;
        int pos;

        int varint() {
            int v = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
            }
        }
    }

    /** Grows the row's buffer (keeping its bytes) so that {@code len} more fit at {@code p}; returns {@code p}. */
    private static int ensure(EntityRow row, int p, int len) {
        if (row.buf.length < p + len) {
            row.buf = Arrays.copyOf(row.buf, Math.max(p + len, row.buf.length * 2));
        }
        return p;
    }

    /** Appends the reader's rows; the result is only used after the reader checked the whole content. */
    public static final class Recorder implements Consumer<EntityRow> {

        private final List<byte[]> blocks = new ArrayList<>();
        private final List<Integer> usedOf = new ArrayList<>();
        private final Map<String, Integer> codeIndex = new HashMap<>();
        private final List<String> codes = new ArrayList<>();
        private byte[] block = new byte[BLOCK];
        private int used;
        private long rows;
        private byte[] scratch = new byte[1024];
        private int s;

        private Recorder() {
            blocks.add(block);
            codes.add(null); // code 0: an absent value
        }

        @Override
        public void accept(EntityRow row) {
            s = 0;
            putVarint(row.idLen);
            put(row.buf, row.idOff, row.idLen);
            putVarint(code(row.objectType));
            putVarint(code(row.regionCode));
            putVarint(code(row.industry));
            putVarint(code(row.creditClass));
            putVarint(row.tagCount);
            for (int i = 0; i < row.tagCount; i++) {
                putVarint(code(row.tags[i]));
            }
            putByte(row.keysPresent ? 1 : 0);
            if (!row.keysPresent) {
                putVarint(row.usccLen);
                put(row.buf, row.usccOff, row.usccLen);
            } else {
                putVarint(row.keyCount);
                for (int i = 0; i < row.keyCount; i++) {
                    int off = row.keyOff[i];
                    int len = row.keyLen[i];
                    if (len == 64 && lowerHex(row.buf, off)) {
                        putVarint(0);
                        for (int j = 0; j < 32; j++) {
                            putByte(nibble(row.buf[off + 2 * j]) << 4 | nibble(row.buf[off + 2 * j + 1]));
                        }
                    } else {
                        putVarint(len + 1);
                        put(row.buf, off, len);
                    }
                }
            }
            if (used + s > block.length) {
                usedOf.add(used);
                block = new byte[Math.max(BLOCK, s)];
                blocks.add(block);
                used = 0;
            }
            System.arraycopy(scratch, 0, block, used, s);
            used += s;
            rows++;
        }

        /** The rows recorded, to be kept only when the reader returned (the content checked). */
        public SnapshotRows finish() {
            int[] usedBytes = new int[blocks.size()];
            for (int i = 0; i < usedOf.size(); i++) {
                usedBytes[i] = usedOf.get(i);
            }
            usedBytes[blocks.size() - 1] = used;
            List<byte[]> kept = new ArrayList<>(blocks);
            kept.set(kept.size() - 1, Arrays.copyOf(block, used)); // a small snapshot keeps no empty MiB
            return new SnapshotRows(List.copyOf(kept), usedBytes, codes.toArray(new String[0]), rows);
        }

        private int code(String value) {
            if (value == null) {
                return 0;
            }
            Integer c = codeIndex.get(value);
            if (c == null) {
                c = codes.size();
                codes.add(value);
                codeIndex.put(value, c);
            }
            return c;
        }

        private static boolean lowerHex(byte[] b, int off) {
            for (int i = off; i < off + 64; i++) {
                int c = b[i];
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        private static int nibble(byte c) {
            return c <= '9' ? c - '0' : c - 'a' + 10;
        }

        private void putVarint(int v) {
            while ((v & ~0x7F) != 0) {
                putByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            putByte(v);
        }

        private void putByte(int v) {
            if (s == scratch.length) {
                scratch = Arrays.copyOf(scratch, s * 2);
            }
            scratch[s++] = (byte) v;
        }

        private void put(byte[] b, int off, int len) {
            if (s + len > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(s + len, scratch.length * 2));
            }
            System.arraycopy(b, off, scratch, s, len);
            s += len;
        }
    }
}
