package cn.shuangsuiji.drawprotocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * 抽中名单 (列式) — the selected targets of a draw as the engine makes them: columns (the ids' UTF-8 bytes packed,
 * the rank keys, a stratum index per target), not an object per target. An immutable {@code List<RankedTarget>}:
 * {@link #get(int)} makes the element when asked, so a draw of millions of targets makes no object per target
 * unless a caller reads them as objects; {@link DrawResult#hash()} encodes straight from the columns (the same
 * bytes as encoding the elements, docs/draw-protocol.md §8.4). Equal to any list of equal elements.
 */
final class SelectedTargets extends AbstractList<RankedTarget> implements RandomAccess {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final int size;
    /** The ids' UTF-8 bytes, packed in list order. */
    private final byte[] ids;
    /** Where each id ends in {@link #ids} ({@code size} entries); null when every id has {@link #width} bytes. */
    private final int[] ends;
    private final int width;
    /** Rank keys (unsigned, as published). */
    private final long[] keys;
    /** Index into {@link #codes} of each target's stratum. */
    private final byte[] stratum;
    /** Stratum codes (at most 256, the table's dictionary) and their UTF-8 bytes. */
    private final String[] codes;
    private final byte[][] codesUtf8;
    /** Every id is ASCII (then its bytes are the UTF-8 of its String, whatever the bytes). */
    private final boolean ascii;

    /**
     * The columns as given (not copied: the caller hands them over). {@code ends} null: every id has {@code width}
     * bytes. The codes must be valid stratum codes.
     */
    SelectedTargets(byte[] ids, int[] ends, int width, long[] keys, byte[] stratum, String[] codes) {
        this.size = keys.length;
        this.ids = ids;
        this.ends = ends;
        this.width = ends == null ? width : 0;
        this.keys = keys;
        this.stratum = stratum;
        this.codes = codes;
        this.codesUtf8 = CandidateTable.utf8All(codes);
        if (stratum.length != size || (ends != null && ends.length != size)) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        this.ascii = ascii(ids, 0, size == 0 ? 0 : end(size - 1));
        if (!ascii) {
            // an ASCII id of a table is a valid target id (the table checks length and control characters); any
            // other is checked as its element's TargetId would check it, so a bad one fails the draw, not a reader
            for (int i = 0; i < size; i++) {
                if (!ascii(ids, start(i), end(i))) {
                    Text.id(id(i), "target id");
                }
            }
        }
    }

    /** Whether {@code b[from, to)} is all ASCII (no byte with its high bit set), eight bytes at a time. */
    private static boolean ascii(byte[] b, int from, int to) {
        long acc = 0;
        int k = from;
        for (; k + 8 <= to; k += 8) {
            acc |= (long) LONGS.get(b, k);
        }
        for (; k < to; k++) {
            acc |= b[k];
        }
        return (acc & 0x8080_8080_8080_8080L) == 0;
    }

    /**
     * The targets at {@code rows} of {@code table}, in that order, with their keys (unsigned) and strata (indexes in
     * the table's stratum dictionary): the ids' bytes are copied from the table, on {@code threads} threads.
     */
    static SelectedTargets of(CandidateTable table, int[] rows, long[] keys, byte[] stratum, int threads) {
        int total = rows.length;
        byte[] src = table.idBytes();
        int width = table.idWidth();
        int[] off = table.idOffsets();
        int[] ends = null;
        byte[] ids;
        if (off == null) {
            ids = new byte[Math.multiplyExact(total, width)];
        } else {
            ends = new int[total];
            long end = 0;
            for (int i = 0; i < total; i++) {
                end += off[rows[i] + 1] - off[rows[i]];
                ends[i] = Math.toIntExact(end);
            }
            ids = new byte[(int) end];
        }
        int[] at = ends;
        int workers = Math.max(1, Math.min(threads, total));
        Parallel.run(workers, w -> {
            int from = (int) ((long) total * w / workers);
            int to = (int) ((long) total * (w + 1) / workers);
            for (int i = from; i < to; i++) {
                if (at == null) {
                    System.arraycopy(src, rows[i] * width, ids, i * width, width);
                } else {
                    int start = off[rows[i]];
                    int dst = i == 0 ? 0 : at[i - 1];
                    System.arraycopy(src, start, ids, dst, at[i] - dst);
                }
            }
        });
        return new SelectedTargets(ids, ends, width, keys, stratum, table.strataCodes());
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public RankedTarget get(int i) {
        return new RankedTarget(new TargetId(id(i)), codes[stratum[i] & 0xFF], keys[i]);
    }

    /** The id of the {@code i}-th target. */
    String id(int i) {
        int from = start(i);
        return new String(ids, from, end(i) - from, StandardCharsets.UTF_8);
    }

    private int start(int i) {
        return ends == null ? i * width : i == 0 ? 0 : ends[i - 1];
    }

    private int end(int i) {
        return ends == null ? (i + 1) * width : ends[i];
    }

    /**
     * {@code list(ranked target)} of §8.4 — u32 count, then str(id) ‖ str(stratum) ‖ u64(key) each — from the
     * columns: the bytes {@link Canonical#list} writes for the elements (an id that is not ASCII goes through its
     * String, so bytes that are not valid UTF-8 are encoded as the element's id would be).
     */
    void writeTo(Canonical out) {
        out.u32(size);
        for (int i = 0; i < size; i++) {
            int from = start(i);
            int to = end(i);
            if (ascii || ascii(ids, from, to)) {
                out.strUtf8(ids, from, to - from);
            } else {
                out.str(id(i));
            }
            byte[] s = codesUtf8[stratum[i] & 0xFF];
            out.strUtf8(s, 0, s.length).u64(keys[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof SelectedTargets s)) {
            return super.equals(o);
        }
        if (s.size != size || !Arrays.equals(keys, s.keys)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!codes[stratum[i] & 0xFF].equals(s.codes[s.stratum[i] & 0xFF])
                    || !(Arrays.equals(ids, start(i), end(i), s.ids, s.start(i), s.end(i)) || id(i).equals(s.id(i)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
