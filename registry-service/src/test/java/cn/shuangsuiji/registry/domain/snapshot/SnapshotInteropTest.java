package cn.shuangsuiji.registry.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import cn.shuangsuiji.drawprotocol.snapshot.RegistrySnapshot;
import cn.shuangsuiji.drawprotocol.snapshot.SnapshotFormatException;
import cn.shuangsuiji.drawprotocol.snapshot.SnapshotReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * 一套协议代码 (issue 11): the registry's snapshot writer feeds the reader the draw-service uses (draw-protocol's
 * {@link SnapshotReader}); records, leaves, root and content are the vectors of docs/draw-protocol.md §3.1,
 * computed there independently of this code.
 */
class SnapshotInteropTest {

    static final String ENTITY_1 = "0000001673736a2e72656769737472792e656e746974792e763100000008656e742d303030310000000a"
            + "454e5445525052495345000000063133303633340000000543333033320000000141000000094f5045524154494e47000000010000"
            + "00027431010000001239313133303633344d41303030303030303100000006e5bca0e4b88900000001000000046b2d3031";
    static final List<String> ENTITY_LEAVES = List.of(
            "bd31af2f0a0682b255277a02e952c6caa301b72b48322d01c918fae6b0e338dc",
            "119e9435bae2a29bd92933b87784d55f2a4c0055921a935b871b42599a83a97c",
            "d1737182528ae882b44256c0b978fef031932536bec6cd2167698b040f911991");
    static final String ENTITY_ROOT = "b931ddf34ea2fdb92391ed796a8945716291156decaba6ac4c17ab1db23d0144";
    static final String ENTITY_CONTENT_SHA256 = "beacc8493875313cca7cbce117bb0f80f7776283fb94e0d2553df21ee5a1cb16";
    static final String INSPECTOR = "0000001973736a2e72656769737472792e696e73706563746f722e763100000006696e732d3031000000"
            + "0671792d616d720000000631333036333400000006e689a7e6b39500000001000000066974656d2d310000000100000006e7bbbce5"
            + "908800000000000000064143544956450000000100000004722d3031";
    static final String INSPECTOR_ROOT = "fae89a21a6b843fd40aeabbb8460a0bdb3018dbe84ae14882e2f737f70a33baa";

    static List<EntitySnapshotRow> entities() {
        return List.of(
                new EntitySnapshotRow("ent-0001", "ENTERPRISE", "130634", "C3032", "A", "OPERATING", List.of("t1"),
                        true, false, "91130634MA00000001", "张三", List.of("k-01")),
                new EntitySnapshotRow("ent-0002", "ENTERPRISE", "130634", "C3032", "B", "OPERATING", List.of(),
                        false, true, "91130634MA00000002", null, List.of()),
                new EntitySnapshotRow("ent-0003", "INDIVIDUAL", "130601", null, "C", "DEREGISTERED",
                        List.of("t2", "t3"), false, false, null, "李四", List.of("k-03", "k-02")));
    }

    /** What the registry stores: gzip of the writer's output. */
    static byte[] written(List<EntitySnapshotRow> rows, ByteArrayOutputStream raw, String[] root) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(gz)) {
            SnapshotContentWriter writer = new SnapshotContentWriter(new java.io.FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    raw.write(b, off, len);
                    out.write(b, off, len);
                }
            }, SnapshotKind.ENTITIES);
            rows.forEach(writer::add);
            root[0] = writer.finish();
        }
        return gz.toByteArray();
    }

    @Test
    void theRegistrysEntitySnapshotReadsBackInTheDrawsReaderWithTheSpecVectors() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String[] root = new String[1];
        byte[] content = written(entities(), raw, root);
        assertThat(root[0]).isEqualTo(ENTITY_ROOT);
        assertThat(Hash32.sha256(raw.toByteArray()).hex()).isEqualTo(ENTITY_CONTENT_SHA256);
        assertThat(raw.size()).isEqualTo(482);

        Canonical first = new Canonical();
        entities().get(0).encode(first);
        assertThat(HexFormat.of().formatHex(first.toByteArray())).isEqualTo(ENTITY_1);
        List<String> leaves = new ArrayList<>();
        for (EntitySnapshotRow row : entities()) {
            Canonical out = new Canonical();
            row.encode(out);
            leaves.add(Merkle.leaf(out.toByteArray()).hex());
        }
        assertThat(leaves).isEqualTo(ENTITY_LEAVES);

        // the draw's reader: the same fields back, in order, and the same root and count
        List<String> read = new ArrayList<>();
        SnapshotReader.Summary summary = SnapshotReader.read(new GZIPInputStream(new ByteArrayInputStream(content)),
                (tag, r) -> {
                    assertThat(tag).isEqualTo(RegistrySnapshot.ENTITY_TAG);
                    read.add(String.join("|", r.str(), r.str(), r.str(), r.str(), r.str(), r.str(),
                            r.strList().toString(), String.valueOf(r.u8()), r.str(), r.str(), r.strList().toString()));
                    assertThat(r.remaining()).isZero();
                });
        assertThat(summary.kind()).isEqualTo("ENTITIES");
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.root().hex()).isEqualTo(ENTITY_ROOT);
        assertThat(read).containsExactly(
                "ent-0001|ENTERPRISE|130634|C3032|A|OPERATING|[t1]|1|91130634MA00000001|张三|[k-01]",
                "ent-0002|ENTERPRISE|130634|C3032|B|OPERATING|[]|2|91130634MA00000002||[]",
                "ent-0003|INDIVIDUAL|130601||C|DEREGISTERED|[t2, t3]|0||李四|[k-02, k-03]");
    }

    @Test
    void theInspectorRecordAndAOneRecordSnapshot() throws IOException {
        InspectorSnapshotRow row = new InspectorSnapshotRow("ins-01", "qy-amr", "130634", "执法", List.of("item-1"),
                List.of("综合"), List.of(), "ACTIVE", List.of("r-01"));
        Canonical out = new Canonical();
        row.encode(out);
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo(INSPECTOR);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        SnapshotContentWriter writer = new SnapshotContentWriter(raw, SnapshotKind.INSPECTORS);
        writer.add(row);
        assertThat(writer.finish()).isEqualTo(INSPECTOR_ROOT);
        List<String> ids = new ArrayList<>();
        SnapshotReader.Summary summary = SnapshotReader.read(new ByteArrayInputStream(raw.toByteArray()),
                (tag, r) -> ids.add(tag + " " + r.str()));
        assertThat(ids).containsExactly(RegistrySnapshot.INSPECTOR_TAG + " ins-01");
        assertThat(summary.root().hex()).isEqualTo(INSPECTOR_ROOT);
    }

    @Test
    void theReaderRefusesAnEditedRecordATruncationAndAWrongCount() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        written(entities(), raw, new String[1]);
        byte[] bytes = raw.toByteArray();

        byte[] edited = bytes.clone();
        int at = new String(edited, StandardCharsets.ISO_8859_1).indexOf("C3032");
        edited[at + 4] = '3'; // C3032 → C3033 in the first record: the trailer's root no longer matches
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(edited), (tag, r) -> { }))
                .isInstanceOf(SnapshotFormatException.class).hasMessageContaining("Merkle root");
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 10);
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(truncated), (tag, r) -> { }))
                .isInstanceOf(SnapshotFormatException.class).hasMessageContaining("truncated");
        byte[] miscounted = bytes.clone();
        miscounted[bytes.length - 33] = 4; // the u64 count's last byte: 3 → 4
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(miscounted), (tag, r) -> { }))
                .isInstanceOf(SnapshotFormatException.class);
    }

    @Test
    void everyVectorAppearsInTheSpec() throws IOException {
        String spec = Files.readString(Path.of("..", "docs", "draw-protocol.md"), StandardCharsets.UTF_8);
        String section = spec.substring(spec.indexOf("### 3.1 Registry snapshot content"),
                spec.indexOf("## 4. The commitment"));
        List<String> values = new ArrayList<>(List.of(ENTITY_1, ENTITY_ROOT, ENTITY_CONTENT_SHA256, INSPECTOR,
                INSPECTOR_ROOT));
        values.addAll(ENTITY_LEAVES);
        for (String v : values) {
            assertThat(section).as("§3.1 contains %s", v).contains(v);
        }
    }
}
