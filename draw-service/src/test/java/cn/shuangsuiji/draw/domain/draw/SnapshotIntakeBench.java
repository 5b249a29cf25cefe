package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotContent;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotRows;
import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * 快照采集基准 — the commit's snapshot path at size, with its memory bound checked (issue 12):
 * {@code draw-service/intake-bench.sh 1000000}. Writes an N-entity snapshot in the registry's format to a file
 * (USCC-like ids, 4 credit classes, one 64-hex party key per entity, as the registry writes them), then streams it
 * through {@link EntitySnapshotReader} into the {@link CandidateIntake}, prepares and commits the draw and writes
 * the frozen inputs, printing each phase's time and the live heap kept afterwards. The memory bound is checked by
 * the heap itself: {@code intake-bench.sh} runs it in 64 bytes per entity + 96 MB with {@code
 * -XX:+ExitOnOutOfMemoryError} (exit 3 if it does not fit). The streaming path keeps ~26 B per entity (the
 * columnar table) plus the transient sort arrays, never an object per record. {@code --objects} runs the old
 * object-per-record path instead ({@link SnapshotContent#read}), which needs several hundred bytes per entity.
 */
public final class SnapshotIntakeBench {

    private SnapshotIntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean objects = List.of(args).contains("--objects");
        boolean kept = List.of(args).contains("--kept");
        System.out.printf(Locale.ROOT, "entities: %,d; path: %s; max heap %,d MB; load average %.2f on %d cores%n", n,
                objects ? "object per record (SnapshotContent.read)" : kept
                        ? "kept at confirmation (SnapshotRows, replayed by the commit)"
                        : "streamed, columnar (EntitySnapshotReader)",
                Runtime.getRuntime().maxMemory() >> 20, load(), Runtime.getRuntime().availableProcessors());
        Path file = Files.createTempFile("ssj-snapshot-", ".bin.gz");
        try {
            long t0 = System.nanoTime();
            ConfirmedSnapshot snapshot = write(file, n);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "content written: %,d bytes (%.1f B/entity) in %.2f s%n", Files.size(file),
                    (double) Files.size(file) / n, sec(t1 - t0));
            SnapshotRows rows = null;
            for (int warm = 0; warm < WARM_UPS + (kept ? 1 : 0); warm++) { // warm the JIT, as the platform's JVM is
                rows = kept ? keep(file, snapshot, warm == WARM_UPS) : null;
                run(file, snapshot, rows, n, false, true);
            }
            run(file, snapshot, rows, n, objects, false);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Warm-up runs before the measured one (the JIT's C2 compiles the hot loops in the first). */
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 1);

    /** What the draw-service does when the snapshot is confirmed (issue 12): content fetched, checked and kept. */
    private static SnapshotRows keep(Path file, ConfirmedSnapshot snapshot, boolean print) throws IOException {
        long t = System.nanoTime();
        long c = cpu();
        SnapshotRows.Recorder recorder = SnapshotRows.recorder();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            EntitySnapshotReader.read(in, snapshot, recorder);
        }
        SnapshotRows rows = recorder.finish();
        if (print) {
            System.out.printf(Locale.ROOT, "kept at the confirmation, before any commit (gunzip, SHA-256, Merkle, kept"
                    + " rows): %.2f s (CPU %.2f s); %,d bytes kept (%.1f B/entity)%n", sec(System.nanoTime() - t),
                    sec(cpu() - c), rows.bytes(), (double) rows.bytes() / rows.rows());
        }
        return rows;
    }

    private static void run(Path file, ConfirmedSnapshot snapshot, SnapshotRows kept, int n, boolean objects,
                            boolean quiet) throws IOException {
        {
            System.gc();
            long base = oldUsed() + youngUsed();
            ApprovedPlan plan = DrawFixtures.plan();
            PlannedTask task = plan.tasks().get(0);
            var inspectors = DrawFixtures.inspectors(3, List.of(DrawFixtures.key(DrawFixtures.uscc(5))));
            long t2 = System.nanoTime();
            long c2 = cpu();
            PreparedDraw prepared;
            if (objects) {
                byte[] content = Files.readAllBytes(file.toAbsolutePath());
                List<EntityRecord> entities = SnapshotContent.read(content, snapshot).entities();
                prepared = DrawPreparation.prepare(plan, task, entities, inspectors, EligibilityFacts.none());
            } else {
                CandidateIntake intake = DrawPreparation.intake(plan, task, inspectors, n);
                if (kept != null) {
                    kept.replay(intake);
                } else {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                        EntitySnapshotReader.read(in, snapshot, intake);
                    }
                }
                long t = System.nanoTime();
                if (!quiet) {
                    System.out.printf(Locale.ROOT, kept != null ? "kept rows replayed into the intake (scope): %.2f s"
                            + " (CPU %.2f s)%n" : "streamed into the intake (gunzip, SHA-256, Merkle, scope): %.2f s"
                            + " (CPU %.2f s)%n", sec(t - t2), sec(cpu() - c2));
                }
                prepared = DrawPreparation.prepare(plan, task, intake, inspectors, EligibilityFacts.none());
            }
            long t3 = System.nanoTime();
            long c3 = cpu();
            DrawInputs inputs = prepared.commit("bench-1", "plan/joint-1", "hebei", "3", "2026-03-02T01:00:00Z",
                    DemoBeacon.spec(20_000_000), List.of(new PublicSource("lottery", "numbers")),
                    List.of(WitnessCommitment.of("w", "secret")));
            inputs.commitment().hash();
            long t4 = System.nanoTime();
            long c4 = cpu();
            byte[] frozen = FrozenInputs.write(inputs);
            long t5 = System.nanoTime();
            long c5 = cpu();
            FrozenInputs.read(frozen);
            long t6 = System.nanoTime();
            long c6 = cpu();
            SeedInputs seed = new SeedInputs(new BeaconReading(20_000_000, DemoBeacon.sign(20_000_000)),
                    List.of("3 9 14 21 27 30 / 12"), List.of("secret"));
            long c7 = cpu();
            long t7 = System.nanoTime();
            DrawResult result = new DrawEngine().draw(inputs, seed); // the execution's draw, on the kept inputs
            long t8 = System.nanoTime();
            long c8 = cpu();
            if (quiet) {
                return;
            }
            System.gc();
            long live = oldUsed() + youngUsed();
            System.out.printf(Locale.ROOT, "read + prepare (table built): %.2f s; commitment (roots): %.2f s; frozen inputs"
                    + " written (%,d bytes): %.2f s; total %.2f s%n", sec(t3 - t2), sec(t4 - t3), frozen.length,
                    sec(t5 - t4), sec(t5 - t2));
            System.out.printf(Locale.ROOT, "CPU (this process, all threads): read + prepare %.2f s; commitment %.2f s;"
                    + " frozen inputs written %.2f s; total %.2f s; frozen inputs read back (execute after a restart)"
                    + " %.2f s CPU, %.2f s wall%n", sec(c3 - c2), sec(c4 - c3), sec(c5 - c4), sec(c5 - c2),
                    sec(c6 - c5), sec(t6 - t5));
            System.out.printf(Locale.ROOT, "execute's draw (DrawEngine.draw on the kept inputs, %s, %,d selected): %.2f s"
                    + " CPU, %.2f s wall%n", result.status(), result.selected().size(), sec(c8 - c7), sec(t8 - t7));
            System.out.printf(Locale.ROOT, "candidates %,d; live heap after the commit (the inputs kept) %,d MB above a base"
                    + " of %,d MB (%.1f B/entity); the whole run fit in -Xmx%,dm (the bound: 64 B/entity + 96 MB = %,d MB"
                    + " is the heap intake-bench.sh gives it; an OutOfMemoryError would exit 3)%n",
                    inputs.targets().size(), (live - base) >> 20, base >> 20, (double) (live - base) / n,
                    Runtime.getRuntime().maxMemory() >> 20, (64L * n + (96L << 20)) >> 20);
            System.out.printf(Locale.ROOT, "load average now %.2f%n", load());
        }
    }

    /** CPU time of the whole process (every thread, the collector's too), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Writes the snapshot content record by record (never whole in memory) and returns its confirmation. */
    static ConfirmedSnapshot write(Path file, int n) throws IOException, java.security.GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Merkle.Builder merkle = new Merkle.Builder();
        String[] classes = {"A", "B", "C", "D"};
        ByteArrayOutputStream record = new ByteArrayOutputStream(256);
        DataOutputStream r = new DataOutputStream(record);
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(new DigestOutputStream(raw, sha),
                     1 << 16))) {
            out.write("SSJSNAP1".getBytes(StandardCharsets.US_ASCII));
            str(out, ConfirmedSnapshot.ENTITIES);
            for (int i = 0; i < n; i++) {
                String uscc = String.format(Locale.ROOT, "91130634MA%08X", i);
                record.reset();
                str(r, "ssj.registry.entity.v1");
                str(r, uscc);
                str(r, "ENTERPRISE");
                str(r, "1306" + String.format(Locale.ROOT, "%02d", i % 50));
                str(r, "C13");
                str(r, classes[i % 4]);
                str(r, "ACTIVE");
                r.writeInt(0);
                r.writeByte(0);
                str(r, uscc);
                str(r, "法人" + i);
                r.writeInt(1);
                str(r, EntityRecord.key(uscc));
                r.flush();
                byte[] b = record.toByteArray();
                out.writeInt(b.length);
                out.write(b);
                merkle.add(b, 0, b.length);
            }
            out.writeInt(0xFFFFFFFF);
            out.writeLong(n);
            out.write(merkle.root().bytes());
        }
        return new ConfirmedSnapshot("bench", ConfirmedSnapshot.ENTITIES, List.of("qy-amr"), List.of(), List.of(), n,
                merkle.root().hex(), Hash32.of(sha.digest()).hex(), null, Instant.parse("2026-03-02T01:00:00Z"));
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static long youngUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && !(pool.getName().contains("Old")
                    || pool.getName().contains("Tenured"))) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long oldUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old")
                    || pool.getName().contains("Tenured"))) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
