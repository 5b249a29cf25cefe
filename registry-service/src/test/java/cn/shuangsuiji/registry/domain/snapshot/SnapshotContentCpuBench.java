package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * 快照内容 CPU 基准 — the CPU time of the in-process part of a snapshot confirmation at size (issue 12): N entity rows
 * with their party keys (HMAC-SHA256), canonical encoding, Merkle tree, gzip at BEST_SPEED and the content's SHA-256,
 * as {@code SnapshotService} writes them, records buffered before the deflater or ({@code unbuffered}) not; MongoDB's
 * scan, the documents' decoding and the GridFS upload are not in it. Two rounds (the second warm); prints the process
 * CPU time of each and, apart, of computing the party keys alone:
 * <pre>
 * ./mvnw -B -q -pl registry-service -am test-compile
 * java -XX:+UseSerialGC -cp registry-service/target/test-classes:registry-service/target/classes:\
 * draw-protocol/target/classes cn.shuangsuiji.registry.domain.snapshot.SnapshotContentCpuBench 1000000 [unbuffered]
 * </pre>
 */
public final class SnapshotContentCpuBench {

    private static final String[] CLASSES = {"A", "B", "C", "D"};

    private SnapshotContentCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean buffered = !(args.length > 1 && args[1].equals("unbuffered"));
        Pseudonyms pseudonyms = new Pseudonyms("bench-secret-0123456789abcdef");
        for (int round = 0; round < 2; round++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha);
            GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(sink, 1 << 18), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            OutputStream records = buffered ? new BufferedOutputStream(gzip, 1 << 16) : gzip;
            SnapshotContentWriter writer = new SnapshotContentWriter(records, SnapshotKind.ENTITIES);
            for (int i = 0; i < n; i++) {
                String uscc = uscc(i);
                writer.add(new EntitySnapshotRow("ent-" + uscc, "ENTERPRISE",
                        "1306" + String.format(Locale.ROOT, "%02d", i % 50), "C13", CLASSES[i % 4], "OPERATING",
                        List.of(), false, false, uscc, "法人" + i, keys(pseudonyms, i, uscc)));
            }
            writer.finish();
            records.flush();
            gzip.finish();
            long c1 = cpu();
            long t1 = System.nanoTime();
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += keys(pseudonyms, i, uscc(i)).size();
            }
            long keys = cpu() - c1;
            System.out.printf(Locale.ROOT, "%s, round %d: %,d records (%,d party keys), CPU %.2f s (of which the party"
                    + " keys alone, timed apart: %.2f s), wall %.2f s, load average %.2f%n",
                    buffered ? "buffered" : "unbuffered", round, n, sum, (c1 - c0) / 1e9, keys / 1e9,
                    (t1 - t0) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String uscc(int i) {
        return String.format(Locale.ROOT, "91130634MA%08X", 10_000_000 + i);
    }

    /** The entity's own USCC and its legal representative's ID number, as the registry keys them. */
    private static List<String> keys(Pseudonyms pseudonyms, int i, String uscc) {
        return EntitySnapshotRow.partyKeysOf(pseudonyms, uscc, null,
                "13063419800101" + String.format(Locale.ROOT, "%04d", i % 10_000), List.of());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
