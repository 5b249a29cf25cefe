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
 * 性能基准 — {@code draw-service/bench.sh 10000000 100000000} (or {@code java -cp
 * draw-protocol/target/draw-protocol-*.jar cn.shuangsuiji.drawprotocol.bench.DrawBench N ...}).
 * Draws from N synthetic 18-character USCC-like ids in 4 credit classes (A 70 % at 1 %, B 20 % at 2 %,
 * C 7 % at 10 %, D 3 % at 30 %; 1 % excluded) and, per size, prints the build, the draw against its floor
 * and the verifier against its floor, then a summary table; at the end a county-sized joint draw with teams.
 *
 * <p>How it measures (printed with the figures):
 * <ul>
 * <li><b>draw floor</b>: SHA-256 of each of the N ids alone (18 bytes, one block — as Kt ‖ id is) through
 * {@link MessageDigest}, on the same {@value #THREADS} threads as the engine, each over half the ids;</li>
 * <li><b>verifier floor</b>: SHA-256 of N target leaves and N − 1 nodes plus the exclusion leaves and nodes, with
 * the real records' lengths, on the same threads, plus the draw floor;</li>
 * <li>warm-up runs first, then paired runs (the measured run and its floor back to back, their order alternating,
 * so that load from other processes hits both alike); figures are medians of the measured runs, the ratio is
 * the median of the paired ratios; the CPU time of this JVM (all its threads, GC included) is taken around every
 * run, and the CPU-time ratio (median of the paired CPU ratios) is printed beside the wall-time ratio — on a
 * shared machine it is the steadier figure;</li>
 * <li>the load average before and after each size; progress every 10 % of the generation and at each phase of
 * the build, with a heartbeat every 30 s; a size that runs past {@code BENCH_MAX_MINUTES} (default 120) stops
 * the benchmark with what it reached (exit 2).</li>
 * </ul>
 */
public final class DrawBench {
    private static final int THREADS = 2;
    /** 2026-01-01T00:00:00Z, the benchmark commitments' time. */
    private static final long COMMITTED_AT = 1767225600L;
    private static final long START = System.nanoTime();
    private static volatile String phase = "starting";

    private DrawBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        startWatchdog(Long.parseLong(System.getenv().getOrDefault("BENCH_MAX_MINUTES", "120")));
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %,d MB, threads %d; load average %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, THREADS, load());
        List<String> summary = new ArrayList<>();
        for (int n : sizes) {
            summary.add(run(n));
            System.gc();
        }
        phase = "joint draw with teams";
        teamBench();
        System.out.println();
        System.out.println("summary (medians; targets: draw <= 1.2x its floor, verifier <= 1.3x its floor, "
                + "<= 24 B/candidate; floors: bare SHA-256 through MessageDigest on " + THREADS + " threads):");
        System.out.println("   candidates     draw    floor  ratio  cpu-ratio  B/cand   verifier  v.floor  v.ratio"
                + "  v.cpu-ratio  load before/after");
        summary.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  load average at the end: %s on %d cores; max heap %,d MB; peak heap (sum of "
                + "the pools' peaks) %,d MB; total %.0f s%n", load(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, oldPeak() >> 20, sec(System.nanoTime() - START));
        System.exit(0);
    }

    /** A daemon that prints a heartbeat every 30 s and ends the run once it has taken {@code minutes}. */
    private static void startWatchdog(long minutes) {
        Thread t = new Thread(() -> {
            long deadline = START + minutes * 60_000_000_000L;
            while (true) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "  [%.0f s] %s; heap used %,d MB; load average %s%n",
                        sec(System.nanoTime() - START), phase, (rt.totalMemory() - rt.freeMemory()) >> 20, load());
                if (System.nanoTime() > deadline) {
                    System.out.printf(Locale.ROOT, "stopped: over BENCH_MAX_MINUTES=%d while %s%n", minutes, phase);
                    Runtime.getRuntime().halt(2);
                }
            }
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /** One size: build, draw against its SHA-256 floor, verify against the verifier's floor; a summary line. */
    private static String run(int n) throws Exception {
        boolean big = n > 30_000_000;
        int warm = big ? 1 : 3;
        int reps = big ? 3 : 7;
        String loadBefore = load();
        System.out.println();
        System.out.printf(Locale.ROOT, "candidates: %,d; threads: %d; load average %s%n", n, THREADS, loadBefore);

        long t0 = System.nanoTime();
        phase = "generating " + n + " candidates";
        CandidateTable.Builder builder = CandidateTable.builder(n);
        builder.onProgress(p -> {
            phase = "build: " + p;
            System.out.printf(Locale.ROOT, "  [%.1f s] %s%n", sec(System.nanoTime() - START), phase);
        });
        SplittableRandom rnd = new SplittableRandom(42);
        String[] strata = {"A", "B", "C", "D"};
        char[] id = new char[18];
        byte[] idBytes = new byte[18];
        int tenth = Math.max(1, n / 10);
        for (int i = 0; i < n; i++) {
            uscc(i, id);
            for (int k = 0; k < 18; k++) {
                idBytes[k] = (byte) id[k];
            }
            int r = rnd.nextInt(100);
            builder.addUtf8(idBytes, 0, 18, strata[r < 70 ? 0 : r < 90 ? 1 : r < 97 ? 2 : 3], "");
            if (rnd.nextInt(100) == 0) {
                builder.exclude(new String(id), "ANNUAL_LIMIT");
            }
            if ((i + 1) % tenth == 0 && n >= 10_000_000) {
                System.out.printf(Locale.ROOT, "  [%.1f s] generated %,d of %,d%n", sec(System.nanoTime() - START),
                        i + 1, n);
            }
        }
        long t1 = System.nanoTime();
        CandidateTable table = builder.build();
        builder = null;
        long t2 = System.nanoTime();
        phase = "Merkle roots of the table";
        SnapshotRoots roots = SnapshotRoots.of(table, InspectorPool.empty(), ConflictSet.empty());
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "build: %.2f s (generate+add %.2f s, sort+copy+exclusions %.2f s, Merkle roots "
                + "%.2f s)%n", sec(t3 - t0), sec(t1 - t0), sec(t2 - t1), sec(t3 - t2));
        System.out.printf(Locale.ROOT, "memory: %.1f bytes per candidate in the table (%,d MB)%n",
                (double) table.memoryBytes() / n, table.memoryBytes() >> 20);
        // the ids again, packed, for the bare pass (made after the build, so the builder's arrays are gone)
        phase = "packing the ids for the floor";
        byte[] packed = new byte[n * 18];
        for (int i = 0; i < n; i++) {
            uscc(i, id);
            for (int k = 0; k < 18; k++) {
                packed[i * 18 + k] = (byte) id[k];
            }
        }
        System.out.printf(Locale.ROOT, "heap after the build: %,d MB used (peak of the heap pools so far %,d MB)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, oldPeak() >> 20);

        long round = DrandQuicknet.firstRoundAfter(COMMITTED_AT + 600);
        DrawCommitment c = commitment("BENCH-1", roots, List.of(), List.of(),
                List.of(StratumQuota.ratio("A", "0.01"), StratumQuota.ratio("B", "0.02"),
                        StratumQuota.ratio("C", "0.1"), StratumQuota.ratio("D", "0.3")),
                new DrawPolicy(2, 1, 20, false, 10), round);
        DrawInputs inputs = new DrawInputs(c, table, InspectorPool.empty(), ConflictSet.empty());
        SeedInputs seedInputs = new SeedInputs(new BeaconReading(round, DemoBeacon.sign(round)), List.of(), List.of());
        DrawEngine engine = new DrawEngine(THREADS);

        DrawResult[] result = new DrawResult[1];
        long[] sink = new long[1];
        phase = "draw vs its floor";
        Paired draw = paired(warm, reps, () -> {
            result[0] = engine.draw(inputs, seedInputs);
            result[0].hash();
        }, () -> sink[0] += barePass(packed, n));
        System.out.printf(Locale.ROOT, "draw (engine.draw incl. beacon check, + result hash; %d warm-up, median of %d): "
                + "%.3f s (best %.3f); selected %,d%n", warm, reps, draw.medianA(), draw.bestA(),
                result[0].selected().size());
        System.out.printf(Locale.ROOT, "  floor: SHA-256 of each id alone, %d threads: median %.3f s (best %.3f)%n",
                THREADS, draw.medianB(), draw.bestB());
        System.out.printf(Locale.ROOT, "  ratio draw / floor: median of paired runs %.2f (best/best %.2f); CPU time "
                + "draw %.3f s, floor %.3f s, CPU-time ratio %.2f (median of paired)%n", draw.ratio(),
                draw.bestA() / draw.bestB(), draw.medianCpuA(), draw.medianCpuB(), draw.cpuRatio());
        // the draw makes the selection as columns; a caller that reads the targets as objects pays this on top
        double[] objects = new double[3];
        double[] objectsCpu = new double[3];
        for (int rep = 0; rep < objects.length; rep++) {
            double[] x = new double[4];
            timed(() -> {
                for (cn.shuangsuiji.drawprotocol.RankedTarget t : result[0].selected()) {
                    sink[0] += t.id().value().length();
                }
            }, x, 0);
            objects[rep] = x[0];
            objectsCpu[rep] = x[2];
        }
        System.out.printf(Locale.ROOT, "  reading the %,d selected as objects afterwards (RankedTarget and TargetId made "
                + "on demand; not in the draw's figure): median %.3f s, CPU %.3f s%n", result[0].selected().size(),
                median(objects), median(objectsCpu));
        System.out.printf(Locale.ROOT, "  load average now: %s%n", load());

        DrawResult r = result[0];
        DrawLog log = DrawLog.empty().append(LogKind.COMMIT, "2026-01-01T00:00:00Z", "bench",
                DrawLog.commit(c.drawId(), c.hash()));
        log = log.append(LogKind.EXECUTE, "2026-01-01T00:00:01Z", "bench", DrawLog.execute(c.drawId(), round, r));
        DrawLog theLog = log;
        DrawVerifier verifier = new DrawVerifier(THREADS);
        VerificationReport[] report = new VerificationReport[1];
        int targetLeaf = 1 + recordLength(table, -1);
        int[] excludedRows = table.excludedRows();
        int exclusionLeaf = excludedRows.length == 0 ? 0 : 1 + recordLength(table, excludedRows[0]);
        phase = "verifier vs its floor";
        Paired verify = paired(big ? 0 : 1, big ? 2 : 3, () -> report[0] = verifier.verify(c, c.hash(), table,
                InspectorPool.empty(), ConflictSet.empty(), seedInputs, r.seed(), r, List.of(), theLog), () -> {
                    sink[0] += bareMerklePass(n, targetLeaf);
                    sink[0] += bareMerklePass(excludedRows.length, exclusionLeaf);
                    sink[0] += barePass(packed, n);
                });
        System.out.printf(Locale.ROOT, "verifier (both roots recomputed + redraw + log): median %.3f s (best %.3f); %s%n",
                verify.medianA(), verify.bestA(), report[0].ok() ? "OK" : "MISMATCH " + report[0].errors());
        System.out.printf(Locale.ROOT, "  floor: SHA-256 of %,d %d-byte target leaves + %,d 65-byte nodes, %,d %d-byte "
                + "exclusion leaves + nodes, %d threads, + the draw floor: median %.3f s%n", n, targetLeaf, n - 1,
                excludedRows.length, exclusionLeaf, THREADS, verify.medianB());
        System.out.printf(Locale.ROOT, "  ratio verifier / floor: median of paired runs %.2f; CPU time verifier %.3f s, "
                + "floor %.3f s, CPU-time ratio %.2f%n", verify.ratio(), verify.medianCpuA(), verify.medianCpuB(),
                verify.cpuRatio());
        String loadAfter = load();
        System.out.printf(Locale.ROOT, "  load average now: %s%n", loadAfter);
        if (sink[0] == 42) {
            System.out.println();
        }
        return String.format(Locale.ROOT, "  %,11d  %7.3f  %7.3f  %5.2f  %9.2f  %6.1f  %9.3f  %7.3f  %7.2f  %11.2f  %s / %s",
                n, draw.medianA(), draw.medianB(), draw.ratio(), draw.cpuRatio(), (double) table.memoryBytes() / n,
                verify.medianA(), verify.medianB(), verify.ratio(), verify.cpuRatio(), loadBefore, loadAfter);
    }

    /** The canonical record length of a target (row -1: the first row) or of an exclusion (its row). */
    private static int recordLength(CandidateTable table, int exclusionRow) {
        cn.shuangsuiji.drawprotocol.Canonical out = new cn.shuangsuiji.drawprotocol.Canonical();
        if (exclusionRow < 0) {
            table.encodeTarget(0, out);
        } else {
            table.encodeExclusion(exclusionRow, out);
        }
        return out.length();
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    /** Wall and CPU seconds of the measured runs of a task A and its floor B, paired. */
    private record Paired(double[] a, double[] b, double[] cpuA, double[] cpuB) {
        double medianA() {
            return median(a);
        }

        double medianB() {
            return median(b);
        }

        double bestA() {
            return java.util.Arrays.stream(a).min().orElse(Double.NaN);
        }

        double bestB() {
            return java.util.Arrays.stream(b).min().orElse(Double.NaN);
        }

        double medianCpuA() {
            return median(cpuA);
        }

        double medianCpuB() {
            return median(cpuB);
        }

        double ratio() {
            double[] q = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                q[i] = a[i] / b[i];
            }
            return median(q);
        }

        double cpuRatio() {
            double[] q = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                q[i] = cpuA[i] / cpuB[i];
            }
            return median(q);
        }
    }

    /** {@code warm} unmeasured pairs, then {@code reps} measured pairs, A first in even pairs, B first in odd ones. */
    private static Paired paired(int warm, int reps, Run a, Run b) throws Exception {
        double[][] m = new double[4][reps];
        for (int rep = -warm; rep < reps; rep++) {
            double[] x = new double[4];
            if ((rep & 1) == 0) {
                timed(a, x, 0);
                timed(b, x, 1);
            } else {
                timed(b, x, 1);
                timed(a, x, 0);
            }
            if (rep >= 0) {
                m[0][rep] = x[0];
                m[1][rep] = x[1];
                m[2][rep] = x[2];
                m[3][rep] = x[3];
            }
        }
        return new Paired(m[0], m[1], m[2], m[3]);
    }

    /** Runs {@code r}; wall seconds into {@code x[i]}, CPU seconds of this JVM into {@code x[i + 2]}. */
    private static void timed(Run r, double[] x, int i) throws Exception {
        long cpu = cpu();
        long t = System.nanoTime();
        r.run();
        x[i] = sec(System.nanoTime() - t);
        x[i + 2] = sec(cpu() - cpu);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int k = s.length;
        return k == 0 ? Double.NaN : k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
    }

    private static String load() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /**
     * The floor of recomputing a Merkle root over n records: SHA-256 of n leaf messages of {@code leafBytes}
     * (0x00 ‖ record) and n-1 node messages (0x01 ‖ 32 ‖ 32), on {@link #THREADS} threads, through
     * {@link MessageDigest}, without any encoding.
     */
    private static long bareMerklePass(int n, int leafBytes) throws InterruptedException {
        long[] out = new long[THREADS];
        Thread[] ts = new Thread[THREADS];
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            ts[w] = new Thread(() -> {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    byte[] leaf = new byte[Math.max(1, leafBytes)];
                    byte[] node = new byte[65];
                    node[0] = 1;
                    byte[] buf = new byte[32];
                    long acc = 0;
                    int from = (int) ((long) n * worker / THREADS);
                    int to = (int) ((long) n * (worker + 1) / THREADS);
                    for (int i = from; i < to; i++) {
                        leaf[(i & 31) % leaf.length] = (byte) i;
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
