package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link PairSort#smallest}: the need smallest (key, row) pairs in order, for any keys, as a full sort gives them. */
class PairSortTest {
    @Test
    void theSmallestPairsAreThoseOfAFullSortWhateverTheKeys() {
        Random rnd = new Random(12);
        LongSupplier[] kinds = {
            rnd::nextLong, // hash values
            () -> 42L, // all equal: only the rows order them
            () -> rnd.nextBoolean() ? -7L : 7L, // two values
            () -> Long.MAX_VALUE - rnd.nextInt(1000), // a narrow range at the top
            () -> rnd.nextBoolean() ? Long.MIN_VALUE + rnd.nextInt(3) : Long.MAX_VALUE - rnd.nextInt(3), // full span
            () -> Long.MIN_VALUE + (rnd.nextLong() >>> 40), // the engine's kept keys: under a cut-off
            () -> rnd.nextInt(5) == 0 ? rnd.nextLong() : 1000L + rnd.nextInt(50), // most in a few buckets
        };
        for (LongSupplier kind : kinds) {
            for (int count : new int[] {0, 1, 10, 63, 64, 65, 1000, 100_000}) {
                long[] keys = new long[count];
                for (int j = 0; j < count; j++) {
                    keys[j] = kind.getAsLong();
                }
                // distinct rows in any order (the engine's are ascending; a shard merge's need not be)
                int[] rows = IntStream.range(0, count).map(j -> j * 3).toArray();
                for (int j = count - 1; j > 0; j--) {
                    int k = rnd.nextInt(j + 1);
                    int t = rows[j];
                    rows[j] = rows[k];
                    rows[k] = t;
                }
                Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.<Integer>comparingLong(j -> keys[j]).thenComparingInt(j -> rows[j]));
                for (int need : new int[] {0, 1, count / 2, count}) {
                    if (need > count) {
                        continue;
                    }
                    long[] k = new long[need];
                    int[] r = new int[need];
                    long[] keysBefore = keys.clone();
                    int[] rowsBefore = rows.clone();
                    PairSort.smallest(keys, rows, count, need, k, r);
                    for (int j = 0; j < need; j++) {
                        assertThat(k[j]).isEqualTo(keys[order[j]]);
                        assertThat(r[j]).isEqualTo(rows[order[j]]);
                    }
                    assertThat(keys).isEqualTo(keysBefore);
                    assertThat(rows).isEqualTo(rowsBefore);
                }
            }
        }
    }
}
