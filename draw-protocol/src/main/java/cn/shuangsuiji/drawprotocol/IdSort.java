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
        return sort(ids, off, n, null);
    }

    /**
     * The permutation that puts the ids in ascending order; with {@code dropped} non-null, a duplicate id is not
     * an error: every row of a run of equal ids but the one added first is marked in {@code dropped}.
     */
    static int[] sort(byte[] ids, int[] off, int n, java.util.BitSet dropped) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long[] tmp = new long[n];
        sortRange(ids, off, perm, tmp, 0, n, 0, dropped);
        return perm;
    }

    private static long chunk(byte[] ids, int[] off, int row, int depth) {
        int start = off[row] + depth * 8;
        int end = off[row + 1];
        long v = 0;
        for (int k = 0; k < 8; k++) {
            int p = start + k;
            v = (v << 8) | (p < end ? ids[p] & 0xFF : 0);
        }
        return v ^ Long.MIN_VALUE;
    }

    private static void sortRange(byte[] ids, int[] off, int[] perm, long[] tmp, int lo, int hi, int depth,
                                  java.util.BitSet dropped) {
        for (int j = lo; j < hi; j++) {
            tmp[j] = chunk(ids, off, perm[j], depth);
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
                    if (off[perm[q] + 1] - off[perm[q]] > (depth + 1) * 8) {
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
                            + new String(ids, off[row], off[row + 1] - off[row],
                                    java.nio.charset.StandardCharsets.UTF_8));
                }
                if (longer) {
                    sortRange(ids, off, perm, tmp, j, r, depth + 1, dropped);
                }
            }
            j = r;
        }
    }
}
