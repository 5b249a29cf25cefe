package cn.shuangsuiji.drawprotocol.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawVerifier;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;

/**
 * 性能基准 — {@code java -cp draw-protocol/target/draw-protocol-*.jar cn.shuangsuiji.drawprotocol.bench.DrawBench 10000000}.
 * Draws from N synthetic 18-character USCC-like ids in 4 credit classes (A 70 % at 1 %, B 20 % at 2 %,
 * C 7 % at 10 %, D 3 % at 30 %; 1 % excluded), and prints build time, warm draw time (best of 5), a bare
 * two-thread SHA-256 pass over the same ids, their ratio, memory per entity and the verifier's time on
 * the same draw; then a county-sized joint draw with team matching.
 */
public final class DrawBench {
    private static final int THREADS = 2;
    /** 2026-01-01T00:00:00Z, the benchmark commitments' time. */
    private static final long COMMITTED_AT = 1767225600L;

    private DrawBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<String> summary = new ArrayList<>();
        for (int n : sizes) {
            summary.add(run(n));
            System.gc();
        }
        teamBench();
        System.out.println();
        System.out.println("summary (targets: draw <= 1.2x its floor, verifier <= 1.3x its floor, <= 24 B/candidate):");
        System.out.println("  candidates       draw    floor  ratio   B/cand   verifier  v.floor  v.ratio");
        summary.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  load average at the end: %.2f on %d cores; max heap %,d MB; peak heap (sum of "
                + "the pools' peaks) %,d MB%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, oldPeak() >> 20);
    }

    /** One size: build, draw against its SHA-256 floor, verify against the verifier's floor; a summary line. */
    private static String run(int n) throws Exception {
        int reps = n > 30_000_000 ? 3 : 8;
        int warm = n > 30_000_000 ? 1 : 3;
        System.out.printf(Locale.ROOT, "candidates: %,d; threads: %d; cores: %d; java %s%n", n, THREADS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        long t0 = System.nanoTime();
        CandidateTable.Builder builder = CandidateTable.builder(n);
        SplittableRandom rnd = new SplittableRandom(42);
        String[] strata = {"A", "B", "C", "D"};
        char[] id = new char[18];
        for (int i = 0; i < n; i++) {
            uscc(i, id);
            String s = new String(id);
            int r = rnd.nextInt(100);
            builder.add(s, strata[r < 70 ? 0 : r < 90 ? 1 : r < 97 ? 2 : 3], "");
            if (rnd.nextInt(100) == 0) {
                builder.exclude(s, "ANNUAL_LIMIT");
            }
        }
        long t1 = System.nanoTime();
        CandidateTable table = builder.build();
        long t2 = System.nanoTime();
        SnapshotRoots roots = SnapshotRoots.of(table, InspectorPool.empty(), ConflictSet.empty());
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "build: %.2f s (generate+add %.2f s, sort+dedupe %.2f s, Merkle roots %.2f s)%n",
                sec(t3 - t0), sec(t1 - t0), sec(t2 - t1), sec(t3 - t2));
        System.out.printf(Locale.ROOT, "memory: %.1f bytes per entity in the table (%,d MB)%n",
                (double) table.memoryBytes() / n, table.memoryBytes() >> 20);
        // the ids again, packed, for the bare pass (made after the build, so the builder's arrays are gone)
        byte[] packed = new byte[n * 18];
        for (int i = 0; i < n; i++) {
            uscc(i, id);
            for (int k = 0; k < 18; k++) {
                packed[i * 18 + k] = (byte) id[k];
            }
        }
        System.out.printf(Locale.ROOT, "heap after the build: %,d MB used (peak of the old generation so far %,d MB)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, oldPeak() >> 20);

        long round = DrandQuicknet.firstRoundAfter(COMMITTED_AT + 600);
        DrawCommitment c = commitment("BENCH-1", roots, List.of(), List.of(),
                List.of(StratumQuota.ratio("A", "0.01"), StratumQuota.ratio("B", "0.02"),
                        StratumQuota.ratio("C", "0.1"), StratumQuota.ratio("D", "0.3")),
                new DrawPolicy(2, 1, 20, false, 10), round);
        DrawInputs inputs = new DrawInputs(c, table, InspectorPool.empty(), ConflictSet.empty());
        SeedInputs seedInputs = new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)), List.of(), List.of());
        DrawEngine engine = new DrawEngine(THREADS);

        DrawResult result = null;
        double bestDraw = Double.MAX_VALUE;
        double bestBare = Double.MAX_VALUE;
        double[] ratios = new double[reps];
        double cpuDraw = Double.MAX_VALUE;
        double cpuBare = Double.MAX_VALUE;
        long sink = 0;
        for (int rep = 0; rep < reps; rep++) {
            // interleaved, so that load from other processes hits both measurements alike
            long ca = cpu();
            long a = System.nanoTime();
            result = engine.draw(inputs, seedInputs);
            result.hash();
            long b = System.nanoTime();
            long cb = cpu();
            sink += barePass(packed, n);
            long d = System.nanoTime();
            long cd = cpu();
            if (rep >= warm) {
                bestDraw = Math.min(bestDraw, sec(b - a));
                bestBare = Math.min(bestBare, sec(d - b));
                ratios[rep - warm] = (double) (b - a) / (d - b);
                cpuDraw = Math.min(cpuDraw, sec(cb - ca));
                cpuBare = Math.min(cpuBare, sec(cd - cb));
            }
        }
        ratios = java.util.Arrays.copyOf(ratios, reps - warm);
        java.util.Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "draw (warm, best of " + (reps - warm) + ", incl. beacon check and result hash): %.3f s; selected %,d%n",
                bestDraw, result.selected().size());
        System.out.printf(Locale.ROOT, "bare SHA-256 pass over the same ids (%d threads, best of 5): %.3f s%n", THREADS,
                bestBare);
        System.out.printf(Locale.ROOT, "ratio draw / bare SHA-256: %.2f (best/best); median of %d paired runs %.2f%n",
                bestDraw / bestBare, ratios.length, ratios[ratios.length / 2]);
        System.out.printf(Locale.ROOT, "CPU time (all threads of this JVM, best of 5): draw %.3f s, bare pass %.3f s, ratio %.2f%n",
                cpuDraw, cpuBare, cpuDraw / cpuBare);
        System.out.printf(Locale.ROOT, "load average now: %.2f (other processes on this machine share its %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        DrawLog log = DrawLog.empty().append(LogKind.COMMIT, "2026-01-01T00:00:00Z", "bench",
                DrawLog.commit(c.drawId(), c.hash()));
        log = log.append(LogKind.EXECUTE, "2026-01-01T00:00:01Z", "bench", DrawLog.execute(c.drawId(), round, result));
        DrawVerifier verifier = new DrawVerifier(THREADS);
        double bestVerify = Double.MAX_VALUE;
        VerificationReport report = null;
        int verifyReps = n > 30_000_000 ? 1 : 3;
        double bestMerkleFloor = Double.MAX_VALUE;
        for (int rep = 0; rep < verifyReps; rep++) {
            long m = System.nanoTime();
            sink += bareMerklePass(n, 45);
            bestMerkleFloor = Math.min(bestMerkleFloor, sec(System.nanoTime() - m));
            long a = System.nanoTime();
            report = verifier.verify(c, c.hash(), table, InspectorPool.empty(), ConflictSet.empty(), seedInputs,
                    result.seed(), result, List.of(), log);
            bestVerify = Math.min(bestVerify, sec(System.nanoTime() - a));
        }
        System.out.printf(Locale.ROOT, "verifier on the same draw (roots recomputed + redraw + log, best of %d): %.3f s; %s%n",
                verifyReps, bestVerify, report.ok() ? "OK" : "MISMATCH " + report.errors());
        double verifierFloor = bestMerkleFloor + bestBare;
        System.out.printf(Locale.ROOT, "verifier floor (bare SHA-256 of n 46-byte leaves + n-1 65-byte nodes, %d threads: "
                + "%.3f s; + the draw floor %.3f s) = %.3f s; ratio verifier / floor %.2f%n", THREADS, bestMerkleFloor,
                bestBare, verifierFloor, bestVerify / verifierFloor);
        if (sink == 42) {
            System.out.println();
        }
        return String.format(Locale.ROOT, "  %,11d  %7.3f  %7.3f  %5.2f  %7.1f  %9.3f  %7.3f  %7.2f", n, bestDraw, bestBare,
                bestDraw / bestBare, (double) table.memoryBytes() / n, bestVerify, verifierFloor,
                bestVerify / verifierFloor);
    }

    /**
     * The floor of recomputing a Merkle root over n records of {@code recordBytes}: SHA-256 of n leaf messages
     * (0x00 ‖ record) and n-1 node messages (0x01 ‖ 32 ‖ 32), on {@link #THREADS} threads, without any encoding.
     */
    private static long bareMerklePass(int n, int recordBytes) throws InterruptedException {
        long[] out = new long[THREADS];
        Thread[] ts = new Thread[THREADS];
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            ts[w] = new Thread(() -> {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    byte[] leaf = new byte[1 + recordBytes];
                    byte[] node = new byte[65];
                    node[0] = 1;
                    byte[] buf = new byte[32];
                    long acc = 0;
                    int from = (int) ((long) n * worker / THREADS);
                    int to = (int) ((long) n * (worker + 1) / THREADS);
                    for (int i = from; i < to; i++) {
                        leaf[1 + (i & 31)] = (byte) i;
                        md.update(leaf, 0, leaf.length);
                        md.digest(buf, 0, 32);
                        acc += buf[0];
                        if (i + 1 < to || worker + 1 < THREADS) {
                            node[1 + (i & 63)] = buf[1];
                            md.update(node, 0, 65);
                            md.digest(buf, 0, 32);
                            acc += buf[0];
                        }
                    }
                    out[worker] = acc;
                } catch (NoSuchAlgorithmException | java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
            });
            ts[w].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return out[0] + out[1];
    }

    /** A county-sized joint draw: 60,000 entities, 3 departments, 300 inspectors, teams matched. */
    private static void teamBench() {
        int n = 60_000;
        CandidateTable.Builder b = CandidateTable.builder(n);
        SplittableRandom rnd = new SplittableRandom(7);
        char[] id = new char[18];
        String[] strata = {"A", "B", "C", "D"};
        for (int i = 0; i < n; i++) {
            uscc(i, id);
            b.add(new String(id), strata[rnd.nextInt(4)], "AREA-" + rnd.nextInt(12));
        }
        CandidateTable table = b.build();
        List<DepartmentId> depts = List.of(new DepartmentId("D1"), new DepartmentId("D2"), new DepartmentId("D3"));
        List<Inspector> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(new Inspector(new InspectorId(String.format("I-%04d", i)), depts.get(i % 3), true,
                    List.of("ITEM-" + (i % 3)), "AREA-" + rnd.nextInt(12)));
        }
        InspectorPool pool = new InspectorPool(list);
        long round = DrandQuicknet.firstRoundAfter(COMMITTED_AT + 660);
        DrawCommitment c = commitment("BENCH-TEAMS", SnapshotRoots.of(table, pool, ConflictSet.empty()), depts,
                List.of(new TaskItem(depts.get(0), "ITEM-0"), new TaskItem(depts.get(1), "ITEM-1"),
                        new TaskItem(depts.get(2), "ITEM-2")),
                List.of(StratumQuota.ratio("A", "0.01"), StratumQuota.ratio("B", "0.02"),
                        StratumQuota.ratio("C", "0.03"), StratumQuota.ratio("D", "0.04")),
                new DrawPolicy(3, 1, 20, true, 10), round);
        DrawInputs inputs = new DrawInputs(c, table, pool, ConflictSet.empty());
        SeedInputs s = new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)), List.of(), List.of());
        DrawEngine engine = new DrawEngine(THREADS);
        double best = Double.MAX_VALUE;
        DrawResult r = null;
        for (int rep = 0; rep < 6; rep++) {
            long a = System.nanoTime();
            r = engine.draw(inputs, s);
            best = Math.min(best, sec(System.nanoTime() - a));
        }
        System.out.printf(Locale.ROOT,
                "joint draw with teams (%,d entities, 300 inspectors in 3 departments, %,d targets, %d teams, %s): %.3f s%n",
                n, r.selected().size(), r.teams().size(), r.status(), best);
    }

    private static DrawCommitment commitment(String drawId, SnapshotRoots roots, List<DepartmentId> depts,
            List<TaskItem> items, List<StratumQuota> quotas, DrawPolicy policy, long round) {
        return new DrawCommitment(DrawCommitment.ALGORITHM, drawId, "BENCH", "000000", "bench-1",
                "2026-01-01T00:00:00Z", depts.isEmpty() ? new DepartmentId("D1") : depts.get(0), depts, items, quotas,
                policy, roots, DemoBeacon.spec(round), List.of(), List.of());
    }

    /** 18-character USCC-like id: "91" + 6-digit region + 10 base-32 characters (unique per i). */
    private static void uscc(int i, char[] out) {
        final String digits = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int region = 110000 + (i % 3000) * 7;
        out[0] = '9';
        out[1] = '1';
        for (int k = 7; k >= 2; k--) {
            out[k] = (char) ('0' + region % 10);
            region /= 10;
        }
        long x = (i * 0x9E3779B97F4A7C15L) >>> 14;
        for (int k = 17; k >= 8; k--) {
            out[k] = digits.charAt((int) (x % 31));
            x /= 31;
        }
        out[8] = digits.charAt(i % 31);
        out[9] = digits.charAt((i / 31) % 31);
        out[10] = digits.charAt((i / 961) % 31);
        out[11] = digits.charAt((i / 29791) % 31);
        out[12] = digits.charAt((i / 923521) % 31);
        out[13] = digits.charAt((i / 28629151) % 31);
    }

    /** SHA-256 of each id alone, the ids split in two halves over two threads: the floor of a keyed ranking. */
    private static long barePass(byte[] packed, int n) throws InterruptedException {
        long[] out = new long[THREADS];
        Thread[] ts = new Thread[THREADS];
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            ts[w] = new Thread(() -> {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    byte[] buf = new byte[32];
                    long acc = 0;
                    int from = (int) ((long) n * worker / THREADS);
                    int to = (int) ((long) n * (worker + 1) / THREADS);
                    for (int i = from; i < to; i++) {
                        md.update(packed, i * 18, 18);
                        md.digest(buf, 0, 32);
                        acc += buf[0];
                    }
                    out[worker] = acc;
                } catch (NoSuchAlgorithmException | java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
            });
            ts[w].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return out[0] + out[1];
    }

    /** CPU time of this process in nanoseconds (-1 when the platform does not tell). */
    private static long cpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Peak usage of the heap pools that hold long-lived data (old generation / tenured), in bytes. */
    static long oldPeak() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
