package cn.shuangsuiji.drawprotocol;

/**
 * Sorts parallel arrays {@code (long key, int index)} by signed key, then index, in place, without
 * allocating. Keys are the protocol's unsigned rank keys with the sign bit flipped, so signed order is
 * unsigned order; indexes are positions in id-sorted tables, so index order is id byte order.
 */
final class PairSort {
    private static final int INSERTION = 24;
    /** Below this many pairs {@link #smallest} sorts them all directly. */
    private static final int DIRECT = 64;

    private PairSort() {
    }

    static void sort(long[] keys, int[] idx, int from, int to) {
        // introsort: quicksort with median of three, heapsort fallback on bad recursion depth
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        quick(keys, idx, from, to - 1, depth);
    }

    /**
     * The {@code need} smallest of the {@code count} pairs {@code (keys[j], rows[j])} in (key, row) order, into
     * {@code outKeys} and {@code outRows} (the inputs are left as they are). Exact for any keys; in expected linear
     * time for keys spread evenly, as hash values are: one counting pass distributes the pairs into about
     * {@code count} buckets by the top bits of {@code key − min}, then only the buckets holding the first
     * {@code need} pairs are sorted, each with {@link #sort} (insertion sort when small).
     */
    static void smallest(long[] keys, int[] rows, int count, int need, long[] outKeys, int[] outRows) {
        if (need > count || need < 0) {
            throw new IllegalArgumentException(need + " of " + count + " pairs");
        }
        if (need == 0) {
            return;
        }
        long[] bk = new long[count];
        int[] br = new int[count];
        if (count < DIRECT) {
            System.arraycopy(keys, 0, bk, 0, count);
            System.arraycopy(rows, 0, br, 0, count);
            sort(bk, br, 0, count);
        } else {
            long min = keys[0];
            long max = keys[0];
            for (int j = 1; j < count; j++) {
                min = Math.min(min, keys[j]);
                max = Math.max(max, keys[j]);
            }
            long span = max - min; // unsigned
            int bits = 64 - Long.numberOfLeadingZeros(span);
            int shift = bits - Math.min(bits, 31 - Integer.numberOfLeadingZeros(count)); // ≤ count buckets
            int buckets = (int) (span >>> shift) + 1;
            int[] start = new int[buckets + 1];
            for (int j = 0; j < count; j++) {
                start[(int) ((keys[j] - min) >>> shift) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] next = java.util.Arrays.copyOf(start, buckets);
            for (int j = 0; j < count; j++) {
                int at = next[(int) ((keys[j] - min) >>> shift)]++;
                bk[at] = keys[j];
                br[at] = rows[j];
            }
            for (int b = 0; b < buckets && start[b] < need; b++) {
                if (start[b + 1] - start[b] > 1) {
                    sort(bk, br, start[b], start[b + 1]);
                }
            }
        }
        System.arraycopy(bk, 0, outKeys, 0, need);
        System.arraycopy(br, 0, outRows, 0, need);
    }

    private static boolean less(long[] k, int[] x, int a, int b) {
        return k[a] < k[b] || (k[a] == k[b] && x[a] < x[b]);
    }

    private static void swap(long[] k, int[] x, int a, int b) {
        long tk = k[a];
        k[a] = k[b];
        k[b] = tk;
        int tx = x[a];
        x[a] = x[b];
        x[b] = tx;
    }

    private static void quick(long[] k, int[] x, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION) {
            if (depth-- == 0) {
                heap(k, x, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (less(k, x, mid, lo)) {
                swap(k, x, mid, lo);
            }
            if (less(k, x, hi, lo)) {
                swap(k, x, hi, lo);
            }
            if (less(k, x, hi, mid)) {
                swap(k, x, hi, mid);
            }
            long pk = k[mid];
            int px = x[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (k[i] < pk || (k[i] == pk && x[i] < px)) {
                    i++;
                }
                while (pk < k[j] || (k[j] == pk && px < x[j])) {
                    j--;
                }
                if (i <= j) {
                    swap(k, x, i, j);
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quick(k, x, lo, j, depth);
                lo = i;
            } else {
                quick(k, x, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && less(k, x, j, j - 1); j--) {
                swap(k, x, j, j - 1);
            }
        }
    }

    private static void heap(long[] k, int[] x, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            sift(k, x, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(k, x, from, from + end);
            sift(k, x, from, 0, end);
        }
    }

    private static void sift(long[] k, int[] x, int base, int i, int n) {
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                return;
            }
            if (c + 1 < n && less(k, x, base + c, base + c + 1)) {
                c++;
            }
            if (!less(k, x, base + i, base + c)) {
                return;
            }
            swap(k, x, base + i, base + c);
            i = c;
        }
    }
}
