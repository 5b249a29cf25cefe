package cn.shuangsuiji.drawprotocol.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.CanonicalReader;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry snapshot format (docs/draw-protocol.md §3.1): writer and reader agree; bad content is refused. */
class SnapshotFormatTest {

    static byte[] write(List<byte[]> records, Hash32[] root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotWriter writer = new SnapshotWriter(out, "INSPECTORS");
        for (byte[] r : records) {
            Canonical c = new Canonical();
            c.raw(r, 0, r.length);
            writer.add(c);
        }
        root[0] = writer.finish();
        return out.toByteArray();
    }

    static byte[] record(String id, List<String> items) {
        return new Canonical().str(RegistrySnapshot.INSPECTOR_TAG).str(id).strList(items).u8(7).toByteArray();
    }

    @Test
    void whatTheWriterWritesTheReaderReadsWithTheSameRoot() {
        List<byte[]> records = List.of(record("a", List.of("x")), record("b", List.of()), record("c", List.of("y", "z")));
        Hash32[] root = new Hash32[1];
        byte[] content = write(records, root);
        assertThat(root[0]).isEqualTo(Merkle.rootOfRecords(records));
        List<String> read = new ArrayList<>();
        SnapshotReader.Summary s = SnapshotReader.read(new ByteArrayInputStream(content), (tag, r) -> {
            read.add(r.str() + r.strList() + r.u8());
            assertThat(r.remaining()).isZero();
        });
        assertThat(read).containsExactly("a[x]7", "b[]7", "c[y, z]7");
        assertThat(s).isEqualTo(new SnapshotReader.Summary("INSPECTORS", 3, root[0]));
    }

    @Test
    void anEmptySnapshotHasTheEmptyRoot() {
        Hash32[] root = new Hash32[1];
        byte[] content = write(List.of(), root);
        assertThat(root[0]).isEqualTo(Merkle.EMPTY_ROOT);
        assertThat(SnapshotReader.read(new ByteArrayInputStream(content), (tag, r) -> { }).count()).isZero();
    }

    @Test
    void refusesAnotherMagicTrailingBytesAndATruncatedRecord() {
        byte[] content = write(List.of(record("a", List.of("x"))), new Hash32[1]);
        byte[] magic = content.clone();
        magic[0] = 'X';
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(magic), (tag, r) -> { }))
                .isInstanceOf(SnapshotFormatException.class).hasMessageContaining("magic");
        byte[] longer = Arrays.copyOf(content, content.length + 1);
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(longer), (tag, r) -> { }))
                .isInstanceOf(SnapshotFormatException.class).hasMessageContaining("after the trailer");
        // a record whose strings overrun it: the canonical reader refuses, as a format problem
        assertThatThrownBy(() -> SnapshotReader.read(new ByteArrayInputStream(content),
                (tag, r) -> { r.str(); r.str(); r.str(); }))
                .isInstanceOf(SnapshotFormatException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> new CanonicalReader(new byte[] {0, 0, 0, 9, 'a'}).str())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
