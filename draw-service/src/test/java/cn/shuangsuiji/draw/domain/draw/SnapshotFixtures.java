package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes snapshot content in the registry's format ({@code ssj-registry-snapshot-v1+gzip}) for tests. */
public final class SnapshotFixtures {

    private SnapshotFixtures() {
    }

    /** Content plus its confirmation. */
    public record Fixture(ConfirmedSnapshot snapshot, byte[] content) {
    }

    public static Fixture entities(String id, List<String> departments, Instant at, List<EntityRecord> rows) {
        return entities(id, departments, at, rows, true);
    }

    /** Entity records as written before party keys existed (they end after the legal representative). */
    public static Fixture entitiesWithoutPartyKeys(String id, List<String> departments, Instant at,
                                                   List<EntityRecord> rows) {
        return entities(id, departments, at, rows, false);
    }

    private static Fixture entities(String id, List<String> departments, Instant at, List<EntityRecord> rows,
                                    boolean partyKeys) {
        List<EntityRecord> sorted = rows.stream().sorted(Comparator.comparing(EntityRecord::id)).toList();
        List<byte[]> records = new ArrayList<>();
        for (EntityRecord e : sorted) {
            records.add(record(out -> {
                str(out, "ssj.registry.entity.v1");
                str(out, e.id());
                str(out, e.objectType());
                str(out, e.regionCode());
                str(out, e.industry());
                str(out, e.creditClass());
                str(out, e.status());
                strs(out, e.tags());
                out.writeByte(e.flags());
                str(out, e.uscc());
                str(out, e.legalRepresentative());
                if (partyKeys) {
                    strs(out, e.partyKeys());
                }
            }));
        }
        return fixture(id, ConfirmedSnapshot.ENTITIES, departments, at, records);
    }

    public static Fixture inspectors(String id, List<String> departments, Instant at, List<InspectorRecord> rows) {
        List<InspectorRecord> sorted = rows.stream().sorted(Comparator.comparing(InspectorRecord::id)).toList();
        List<byte[]> records = new ArrayList<>();
        for (InspectorRecord r : sorted) {
            records.add(record(out -> {
                str(out, "ssj.registry.inspector.v1");
                str(out, r.id());
                str(out, r.departmentId());
                str(out, r.regionCode());
                str(out, r.post());
                strs(out, r.itemIds());
                strs(out, r.categories());
                strs(out, r.tags());
                str(out, r.status());
                strs(out, r.relationKeys());
            }));
        }
        return fixture(id, ConfirmedSnapshot.INSPECTORS, departments, at, records);
    }

    private static Fixture fixture(String id, String kind, List<String> departments, Instant at,
                                   List<byte[]> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Hash32 root = Merkle.rootOfRecords(records);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.write("SSJSNAP1".getBytes(StandardCharsets.US_ASCII));
            str(out, kind);
            for (byte[] r : records) {
                out.writeInt(r.length);
                out.write(r);
            }
            out.writeInt(0xFFFFFFFF);
            out.writeLong(records.size());
            out.write(root.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        ConfirmedSnapshot snapshot = new ConfirmedSnapshot(id, kind, departments, List.of(), List.of(),
                records.size(), root.hex(), Hash32.sha256(content).hex(), "/api/registry/snapshots/" + id + "/content",
                at);
        return new Fixture(snapshot, content);
    }

    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] record(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strs(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            str(out, v);
        }
    }
}
