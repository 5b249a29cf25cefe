package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotContentWriter;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

/**
 * 快照读取 CPU 基准 — the CPU time of a snapshot confirmation's reading side at size, apart from MongoDB (issue 12): N
 * stored entity documents (as {@code EntityDocuments} and {@link StoredPartyKeys} write them: own USCC and a legal
 * representative's ID number, so two party keys each) are encoded to BSON once; each round decodes them with
 * {@link EntitySnapshotRowCodec} — with the stored party keys, or ({@code computed}) from documents without them, as
 * before keys were stored — and then writes the content as {@code SnapshotService} does (canonical records, Merkle,
 * gzip at BEST_SPEED, SHA-256), on one thread. Prints the process CPU time of the decoding and of the writing:
 * <pre>
 * ./mvnw -B -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -XX:+UseSerialGC -cp registry-service/target/test-classes:registry-service/target/classes:\
 * $(cat registry-service/cp.txt) cn.shuangsuiji.registry.adapter.out.persistence.SnapshotReadCpuBench 200000 [computed]
 * </pre>
 */
public final class SnapshotReadCpuBench {

    private SnapshotReadCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean stored = !(args.length > 1 && args[1].equals("computed"));
        Pseudonyms pseudonyms = new Pseudonyms("bench-secret-0123456789abcdef");
        EntitySnapshotRowCodec codec = new EntitySnapshotRowCodec(pseudonyms);
        List<ByteBuffer> documents = new ArrayList<>(n);
        DocumentCodec bson = new DocumentCodec();
        for (int i = 0; i < n; i++) {
            String uscc = Uscc.complete(String.format(Locale.ROOT, "91130634MA%07X", 10_000_000 + i));
            EntityDetails d = new EntityDetails("企业" + i, uscc, null, null, "法人" + i, null,
                    "1306" + String.format(Locale.ROOT, "%02d", i % 50), "C13", ObjectType.ENTERPRISE,
                    EntityStatus.OPERATING, CreditClass.values()[i % 4], List.of(), false, false, List.of(),
                    List.of("qy-amr"), null, "13063419800101001" + "9", List.of());
            RegulatedEntity e = RegulatedEntity.register(d, pseudonyms, Instant.EPOCH);
            Document doc = EntityDocuments.toDocument(e);
            if (stored) {
                StoredPartyKeys.put(doc, e, pseudonyms);
            }
            documents.add(new RawBsonDocument(doc, bson).getByteBuffer().asNIO());
        }
        DecoderContext context = DecoderContext.builder().build();
        for (int round = 0; round < 3; round++) {
            long c0 = cpu();
            List<EntitySnapshotRow> rows = new ArrayList<>(n);
            for (ByteBuffer b : documents) {
                try (BsonBinaryReader reader = new BsonBinaryReader(b.duplicate())) {
                    rows.add(codec.decode(reader, context));
                }
            }
            long c1 = cpu();
            GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(new DigestOutputStream(
                    OutputStream.nullOutputStream(), MessageDigest.getInstance("SHA-256")), 1 << 20), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            BufferedOutputStream records = new BufferedOutputStream(gzip, 1 << 16);
            SnapshotContentWriter writer = new SnapshotContentWriter(records, SnapshotKind.ENTITIES);
            rows.forEach(writer::add);
            String root = writer.finish();
            records.flush();
            gzip.finish();
            long c2 = cpu();
            System.out.printf(Locale.ROOT, "%s party keys, round %d: %,d rows, decode %.3f CPU s (%.2f µs/row), write "
                    + "%.3f CPU s (%.2f µs/row), root %s…, load average %.1f%n", stored ? "stored" : "computed",
                    round, n, (c1 - c0) / 1e9, (c1 - c0) / 1e3 / n, (c2 - c1) / 1e9, (c2 - c1) / 1e3 / n,
                    root.substring(0, 8), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
