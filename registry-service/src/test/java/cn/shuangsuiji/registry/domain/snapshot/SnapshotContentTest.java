package cn.shuangsuiji.registry.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotContentTest {

    static EntitySnapshotRow row(int i) {
        return new EntitySnapshotRow(String.format("ent-%04d", i), "ENTERPRISE", "130634", "C3032",
                "ABCD".substring(i % 4, i % 4 + 1), "OPERATING", List.of("t" + i % 3), i % 5 == 0, false,
                "USCC" + i, "法人" + i, List.of());
    }

    static String root(List<EntitySnapshotRow> rows) {
        List<EntitySnapshotRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(EntitySnapshotRow::id));
        SnapshotContentWriter writer = new SnapshotContentWriter(new ByteArrayOutputStream(), SnapshotKind.ENTITIES);
        sorted.forEach(writer::add);
        return writer.finish();
    }

    @Test
    void sameRecordsGiveTheSameRootWhateverTheInsertionOrder() {
        List<EntitySnapshotRow> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(row(i));
        }
        List<EntitySnapshotRow> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        java.util.Collections.shuffle(rows, new java.util.Random(7));
        assertThat(root(rows)).isEqualTo(root(reversed));
        List<EntitySnapshotRow> changed = new ArrayList<>(reversed);
        changed.set(10, new EntitySnapshotRow(changed.get(10).id(), "ENTERPRISE", "130634", "C3032", "D",
                "OPERATING", List.of(), false, false, null, null, null));
        assertThat(root(changed)).isNotEqualTo(root(rows));
    }

    @Test
    void rootFollowsTheSpecifiedTreeWithOddNodesPromoted() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[][] records = {"a".getBytes(StandardCharsets.UTF_8), "b".getBytes(StandardCharsets.UTF_8),
                "c".getBytes(StandardCharsets.UTF_8)};
        byte[][] leaves = new byte[3][];
        for (int i = 0; i < 3; i++) {
            sha.update((byte) 0);
            leaves[i] = sha.digest(records[i]);
        }
        sha.update((byte) 1);
        sha.update(leaves[0]);
        byte[] ab = sha.digest(leaves[1]);
        sha.update((byte) 1);
        sha.update(ab);
        byte[] expected = sha.digest(leaves[2]);
        Merkle.Builder tree = new Merkle.Builder();
        for (byte[] r : records) {
            tree.add(r, 0, r.length);
        }
        assertThat(tree.root().hex()).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(new Merkle.Builder().root().hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void refusesRecordsOutOfIdOrder() {
        SnapshotContentWriter writer = new SnapshotContentWriter(new ByteArrayOutputStream(), SnapshotKind.ENTITIES);
        writer.add(row(2));
        assertThatThrownBy(() -> writer.add(row(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inspectorRegistryBelowThePolicyMinimumIsRefused() {
        RegistryPolicy policy = new RegistryPolicy(4);
        policy.requireMinimumInspectors(Map.of("qy-amr", 4L));
        assertThatThrownBy(() -> policy.requireMinimumInspectors(Map.of("qy-amr", 8L, "qy-psb", 3L)))
                .hasFieldOrPropertyWithValue("code", "INSPECTOR_REGISTRY_TOO_SMALL")
                .hasMessageContaining("qy-psb");
    }
}
