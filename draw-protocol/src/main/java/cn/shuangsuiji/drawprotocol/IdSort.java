package cn.shuangsuiji.drawprotocol;

/**
 * Sorts packed UTF-8 ids by unsigned byte order (most-significant-chunk first: 8 bytes at a time,
 * runs of equal chunks refined by the next 8 bytes) and rejects duplicates. Ids never contain 0x00,
 * so zero padding after the end orders a shorter prefix first.
 */
final class IdSort {
    private IdSort() {
    }

    /** The permutation that puts the ids in ascending order. */
    static int[] sort(byte[] ids, int[] off, int n) {
        return sort(ids, off, 0, n, null);
    }

    /**
     * The permutation that puts the ids in ascending order; with {@code dropped} non-null, a duplicate id is not
     * an error: every row of a run of equal ids but the one added first is marked in {@code dropped}. With
     * {@code off} null, every id has {@code width} bytes (row r at {@code r * width}).
     */
    static int[] sort(byte[] ids, int[] off, int width, int n, java.util.BitSet dropped) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long[] tmp = new long[n];
        sortRange(ids, off, width, perm, tmp, 0, n, 0, dropped);
        return perm;
    }

    private static int start(int[] off, int width, int row) {
        return off == null ? row * width : off[row];
    }

    private static int length(int[] off, int width, int row) {
        return off == null ? width : off[row + 1] - off[row];
    }

    private static long chunk(byte[] ids, int[] off, int width, int row, int depth) {
        int begin = start(off, width, row);
        int start = begin + depth * 8;
        int end = begin + length(off, width, row);
        long v = 0;
        for (int k = 0; k < 8; k++) {
            int p = start + k;
            v = (v << 8) | (p < end ? ids[p] & 0xFF : 0);
        }
        return v ^ Long.MIN_VALUE;
    }

    private static void sortRange(byte[] ids, int[] off, int width, int[] perm, long[] tmp, int lo, int hi, int depth,
                                  java.util.BitSet dropped) {
        for (int j = lo; j < hi; j++) {
            tmp[j] = chunk(ids, off, width, perm[j], depth);
        }
        PairSort.sort(tmp, perm, lo, hi);
        int j = lo;
        while (j < hi) {
            int r = j + 1;
            while (r < hi && tmp[r] == tmp[j]) {
                r++;
            }
            if (r - j > 1) {
                boolean longer = false;
                for (int q = j; q < r; q++) {
                    if (length(off, width, perm[q]) > (depth + 1) * 8) {
                        longer = true;
                        break;
                    }
                }
                if (!longer && dropped != null) {
                    int first = perm[j];
                    for (int q = j + 1; q < r; q++) {
                        first = Math.min(first, perm[q]);
                    }
                    for (int q = j; q < r; q++) {
                        if (perm[q] != first) {
                            dropped.set(perm[q]);
                        }
                    }
                } else if (!longer) {
                    int row = perm[j];
                    throw new IllegalArgumentException("duplicate target id: "
                            + new String(ids, start(off, width, row), length(off, width, row),
                                    java.nio.charset.StandardCharsets.UTF_8));
                }
                if (longer) {
                    sortRange(ids, off, width, perm, tmp, j, r, depth + 1, dropped);
                }
            }
            j = r;
        }
    }
}
