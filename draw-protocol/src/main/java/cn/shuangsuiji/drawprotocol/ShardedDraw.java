package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 分片抽取 — the same draw over a registry partitioned across N processes (docs/draw-protocol.md §"Sharded
 * selection", B3). Every candidate's rank key depends only on the draw's target key and its own id, and a stratum
 * takes its smallest keys (id order breaks ties), so the selection decomposes:
 * <ol>
 * <li>each shard counts its eligible candidates per stratum ({@link #count});</li>
 * <li>the coordinator sums the counts and derives each stratum's quota and need (quota + reserve,
 * {@link #needs});</li>
 * <li>each shard ranks its own candidates and returns its {@code need} smallest (key, id, area) per stratum
 * ({@link #rank}) — the global smallest {@code need} are among the union of every shard's smallest {@code need};</li>
 * <li>the coordinator merges them by (key, id) ({@link #merge}) and finishes the draw with the engine's own code
 * (thresholds, reserves, key-order selection, teams): the result, and so the bundle, equals a single-process
 * draw's bit for bit.</li>
 * </ol>
 * Pure functions; the transport between processes is not part of the protocol.
 */
public final class ShardedDraw {

    private ShardedDraw() {
    }

    /** One shard's eligible count per committed stratum code (phase 1). */
    public static Map<String, Long> count(DrawCommitment commitment, CandidateTable shard) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StratumQuota q : commitment.strata()) {
            counts.put(q.stratum(), (long) shard.eligibleCount(q.stratum()));
        }
        return counts;
    }

    /** How many of the smallest keys each stratum needs (quota + reserve), from the summed shard counts. */
    public static Map<String, Integer> needs(DrawCommitment commitment, List<Map<String, Long>> shardCounts) {
        long[] eligible = totals(commitment, shardCounts);
        DrawEngine.Sizes z = DrawEngine.sizes(commitment, new int[256], eligible);
        Map<String, Integer> needs = new LinkedHashMap<>();
        for (int p = 0; p < eligible.length; p++) {
            needs.put(commitment.strata().get(p).stratum(), z.need()[p]);
        }
        return needs;
    }

    /** A shard's smallest candidates of each stratum under the draw's target key (phase 2). */
    public record Ranking(Map<String, Long> eligible, Map<String, long[]> keys, Map<String, List<String>> ids) {
    }

    /**
     * Ranks one shard: for each stratum its {@code needs} smallest (key, id), in (key, id) order.
     *
     * @param targetKey the draw seed's target key ({@link DrawSeed#targetKey()}), sent by the coordinator after
     *                  the beacon round
     */
    public static Ranking rank(DrawEngine engine, DrawCommitment commitment, CandidateTable shard, Hash32 targetKey,
                               Map<String, Integer> needs) {
        List<StratumQuota> quotas = commitment.strata();
        int strata = quotas.size();
        int[] planOf = new int[256];
        Arrays.fill(planOf, -1);
        long[] eligible = new long[strata];
        int[] need = new int[strata];
        for (int p = 0; p < strata; p++) {
            int d = shard.stratumIndex(quotas.get(p).stratum());
            if (d >= 0) {
                planOf[d] = p;
                eligible[p] = shard.eligibleInStratumIndex(d);
            }
            need[p] = (int) Math.min(eligible[p], needs.getOrDefault(quotas.get(p).stratum(), 0));
        }
        DrawEngine.Collected col = engine.smallest(shard, targetKey.raw(), planOf, need, eligible, strata);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, long[]> keys = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int p = 0; p < strata; p++) {
            String code = quotas.get(p).stratum();
            counts.put(code, eligible[p]);
            keys.put(code, Arrays.copyOf(col.keys[p], need[p]));
            List<String> list = new ArrayList<>(need[p]);
            for (int j = 0; j < need[p]; j++) {
                list.add(shard.id(col.rows[p][j]));
            }
            ids.put(code, list);
        }
        return new Ranking(counts, keys, ids);
    }

    /**
     * Merges the shards' rankings into the draw (phase 3): the same {@link DrawResult} as
     * {@link DrawEngine#draw(DrawInputs, SeedInputs)} over {@code inputs}, whose table is the union of the shards.
     *
     * @throws IllegalArgumentException when the shards' counts do not add up to the committed table's
     */
    public static DrawResult merge(DrawEngine engine, DrawInputs inputs, SeedInputs seedInputs,
                                   List<Ranking> rankings) {
        DrawCommitment c = inputs.commitment();
        String problem = DrawEngine.checkSeedInputs(c, seedInputs);
        if (problem != null) {
            throw new DrawException(problem.substring(0, problem.indexOf(':')),
                    problem.substring(problem.indexOf(':') + 2));
        }
        Hash32 ch = c.hash();
        DrawSeed seed = seed(c, seedInputs);
        CandidateTable t = inputs.targets();
        DrawEngine.Sizes z = DrawEngine.sizes(c, t);
        long[] shardTotals = totals(c, rankings.stream().map(Ranking::eligible).toList());
        if (!Arrays.equals(shardTotals, z.eligible())) {
            throw new IllegalArgumentException("the shards' eligible counts " + Arrays.toString(shardTotals)
                    + " do not add up to the committed table's " + Arrays.toString(z.eligible()));
        }
        int strata = c.strata().size();
        long[][] keys = new long[strata][];
        int[][] rows = new int[strata][];
        for (int p = 0; p < strata; p++) {
            String code = c.strata().get(p).stratum();
            int total = 0;
            for (Ranking r : rankings) {
                total += r.keys().get(code).length;
            }
            long[] k = new long[total];
            int[] x = new int[total];
            int i = 0;
            for (Ranking r : rankings) {
                long[] rk = r.keys().get(code);
                List<String> rid = r.ids().get(code);
                for (int j = 0; j < rk.length; j++) {
                    int row = t.indexOf(rid.get(j));
                    if (row < 0) {
                        throw new IllegalArgumentException("a shard ranked " + rid.get(j)
                                + ", which is not in the committed table");
                    }
                    k[i] = rk[j];
                    x[i++] = row;
                }
            }
            PairSort.sort(k, x, 0, total);
            int need = z.need()[p];
            if (total < need) {
                throw new IllegalArgumentException("the shards ranked " + total + " candidates of stratum " + code
                        + ", " + need + " are needed");
            }
            keys[p] = Arrays.copyOf(k, need);
            rows[p] = Arrays.copyOf(x, need);
        }
        return engine.finish(inputs, ch, seed, z, keys, rows);
    }

    /** The draw's seed (and so its target key) from the checked seed inputs. */
    public static DrawSeed seed(DrawCommitment c, SeedInputs seedInputs) {
        return DrawSeed.derive(c.hash(), seedInputs.beacon().randomness(), seedInputs.sourceValues(),
                seedInputs.witnessReveals());
    }

    private static long[] totals(DrawCommitment c, List<Map<String, Long>> counts) {
        long[] eligible = new long[c.strata().size()];
        for (int p = 0; p < eligible.length; p++) {
            String code = c.strata().get(p).stratum();
            for (Map<String, Long> m : counts) {
                eligible[p] += m.getOrDefault(code, 0L);
            }
        }
        return eligible;
    }
}
