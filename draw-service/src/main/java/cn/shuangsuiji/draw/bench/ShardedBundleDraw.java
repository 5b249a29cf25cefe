package cn.shuangsuiji.draw.bench;

import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.ShardedDraw;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 分片抽取基准 — a draw's selection computed again on N shard processes from its bundle (issue 12, B3;
 * deploy/bench-draw-e2e.sh --shards N). The bundle's candidates are partitioned by region (行政区划: the sorted
 * distinct areas dealt round-robin to the shards); every process keeps only its own partition.
 * <ol>
 * <li>{@code count <bundle> <k> <n> <out>}: shard k's eligible count per stratum ({@link ShardedDraw#count});</li>
 * <li>{@code rank <bundle> <k> <n> <out> <counts...>}: the needs from every shard's counts ({@link ShardedDraw#needs},
 * the same pure function in each process) and shard k's smallest keys ({@link ShardedDraw#rank});</li>
 * <li>{@code merge <bundle> <rankings...>}: the coordinator merges the rankings ({@link ShardedDraw#merge}) and
 * compares the result with the bundle's: exit 0 and a line {@code IDENTICAL ...} when the result hash and the
 * selection equal the platform's, exit 1 otherwise.</li>
 * </ol>
 * Shard processes exchange only these small files (counts, and per stratum at most quota + reserve keys and ids).
 */
public final class ShardedBundleDraw {

    private static final Logger log = LoggerFactory.getLogger(ShardedBundleDraw.class);

    private ShardedBundleDraw() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ShardedBundleDraw count|rank|merge <bundle> ...");
        }
        long t0 = System.nanoTime();
        Bundle bundle = BundleCodec.read(Path.of(args[1]));
        DrawCommitment c = BundleMapper.commitment(bundle.commitment());
        switch (args[0]) {
            case "count" -> count(bundle, c, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "rank" -> rank(bundle, c, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    List.of(args).subList(5, args.length));
            case "merge" -> {
                if (!merge(bundle, c, List.of(args).subList(2, args.length))) {
                    System.exit(1);
                }
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        log.info("{} done in {} ms", args[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** Shard k of n: the bundle's candidates whose area falls to k (sorted distinct areas, round robin). */
    static CandidateTable shard(Bundle bundle, int k, int n) {
        CandidateTable all = BundleMapper.targets(bundle.snapshot());
        TreeSet<String> areas = new TreeSet<>();
        for (int row = 0; row < all.size(); row++) {
            areas.add(all.area(row));
        }
        Map<String, Integer> shardOf = new LinkedHashMap<>();
        int i = 0;
        for (String area : areas) {
            shardOf.put(area, i++ % n);
        }
        CandidateTable.Builder part = CandidateTable.builder();
        List<String[]> excluded = new ArrayList<>();
        for (int row = 0; row < all.size(); row++) {
            if (shardOf.get(all.area(row)) == k) {
                part.add(all.id(row), all.stratum(row), all.area(row));
                if (!all.eligible(row)) {
                    excluded.add(new String[] {all.id(row), all.exclusionReason(row)});
                }
            }
        }
        excluded.forEach(x -> part.exclude(x[0], x[1]));
        CandidateTable table = part.build();
        log.info("shard {}/{}: {} of {} candidates ({} areas of {})", k, n, table.size(), all.size(),
                shardOf.values().stream().filter(s -> s == k).count(), areas.size());
        return table;
    }

    private static void count(Bundle bundle, DrawCommitment c, int k, int n, Path out) throws IOException {
        Map<String, Long> counts = ShardedDraw.count(c, shard(bundle, k, n));
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            w.writeInt(counts.size());
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                w.writeUTF(e.getKey());
                w.writeLong(e.getValue());
            }
        }
    }

    private static Map<String, Long> readCounts(Path file) throws IOException {
        try (DataInputStream r = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            Map<String, Long> counts = new LinkedHashMap<>();
            int size = r.readInt();
            for (int i = 0; i < size; i++) {
                counts.put(r.readUTF(), r.readLong());
            }
            return counts;
        }
    }

    private static Hash32 targetKey(Bundle bundle, DrawCommitment c) {
        SeedInputs seedInputs = BundleMapper.seedInputs(bundle.seedInputs(), c);
        return ShardedDraw.seed(c, seedInputs).targetKey();
    }

    private static void rank(Bundle bundle, DrawCommitment c, int k, int n, Path out, List<String> countFiles)
            throws IOException {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (String f : countFiles) {
            counts.add(readCounts(Path.of(f)));
        }
        Map<String, Integer> needs = ShardedDraw.needs(c, counts);
        ShardedDraw.Ranking ranking = ShardedDraw.rank(new DrawEngine(), c, shard(bundle, k, n),
                targetKey(bundle, c), needs);
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            w.writeInt(c.strata().size());
            for (StratumQuota q : c.strata()) {
                String code = q.stratum();
                long[] keys = ranking.keys().getOrDefault(code, new long[0]);
                List<String> ids = ranking.ids().getOrDefault(code, List.of());
                w.writeUTF(code);
                w.writeLong(ranking.eligible().getOrDefault(code, 0L));
                w.writeInt(keys.length);
                for (int i = 0; i < keys.length; i++) {
                    w.writeLong(keys[i]);
                    w.writeUTF(ids.get(i));
                }
            }
        }
    }

    private static ShardedDraw.Ranking readRanking(Path file) throws IOException {
        try (DataInputStream r = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            Map<String, Long> eligible = new LinkedHashMap<>();
            Map<String, long[]> keys = new LinkedHashMap<>();
            Map<String, List<String>> ids = new LinkedHashMap<>();
            int strata = r.readInt();
            for (int p = 0; p < strata; p++) {
                String code = r.readUTF();
                eligible.put(code, r.readLong());
                int size = r.readInt();
                long[] k = new long[size];
                List<String> id = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    k[i] = r.readLong();
                    id.add(r.readUTF());
                }
                keys.put(code, k);
                ids.put(code, id);
            }
            return new ShardedDraw.Ranking(eligible, keys, ids);
        }
    }

    static boolean merge(Bundle bundle, DrawCommitment c, List<String> rankingFiles) throws IOException {
        List<ShardedDraw.Ranking> rankings = new ArrayList<>();
        for (String f : rankingFiles) {
            rankings.add(readRanking(Path.of(f)));
        }
        DrawInputs inputs = new DrawInputs(c, BundleMapper.targets(bundle.snapshot()),
                BundleMapper.inspectors(bundle.snapshot()), BundleMapper.conflicts(bundle.snapshot()));
        SeedInputs seedInputs = BundleMapper.seedInputs(bundle.seedInputs(), c);
        DrawResult sharded = ShardedDraw.merge(new DrawEngine(), inputs, seedInputs, rankings);
        String platformHash = bundle.result().resultHash();
        List<String> platformSelected = bundle.result().selected().stream().map(s -> s.id()).toList();
        List<String> shardedSelected = sharded.selected().stream().map(s -> s.id().value()).toList();
        boolean same = sharded.hash().hex().equals(platformHash) && shardedSelected.equals(platformSelected);
        if (same) {
            log.info("IDENTICAL: the selection on {} shard processes equals the platform's ({} targets, result hash {})",
                    rankings.size(), shardedSelected.size(), platformHash);
        } else {
            log.error("DIFFERENT: sharded result hash {} ({} targets) vs the platform's {} ({} targets)",
                    sharded.hash().hex(), shardedSelected.size(), platformHash, platformSelected.size());
        }
        return same;
    }
}
