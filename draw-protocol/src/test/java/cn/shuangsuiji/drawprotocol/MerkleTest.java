package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleTest {
    private static List<byte[]> records(int n) {
        List<byte[]> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(("record-" + i).getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    /** The tree as the protocol text defines it, level by level. */
    private static Hash32 reference(List<byte[]> records) {
        if (records.isEmpty()) {
            return Hash32.sha256(new byte[0]);
        }
        List<Hash32> level = new ArrayList<>();
        for (byte[] r : records) {
            level.add(Merkle.leaf(r));
        }
        while (level.size() > 1) {
            List<Hash32> next = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) {
                next.add(Merkle.node(level.get(i), level.get(i + 1)));
            }
            if (level.size() % 2 == 1) {
                next.add(level.get(level.size() - 1));
            }
            level = next;
        }
        return level.get(0);
    }

    @Test
    void emptySingleAndOddTrees() {
        assertThat(Merkle.EMPTY_ROOT.hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] one = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(Merkle.rootOfRecords(List.of(one))).isEqualTo(Merkle.leaf(one));
        byte[] leafInput = {0, 'x'};
        assertThat(Merkle.leaf(one)).isEqualTo(Hash32.sha256(leafInput));
        List<byte[]> three = records(3);
        Hash32 expected = Merkle.node(Merkle.node(Merkle.leaf(three.get(0)), Merkle.leaf(three.get(1))),
                Merkle.leaf(three.get(2)));
        assertThat(Merkle.rootOfRecords(three)).isEqualTo(expected);
        for (int n = 0; n <= 33; n++) {
            assertThat(Merkle.rootOfRecords(records(n))).as("n=%d", n).isEqualTo(reference(records(n)));
        }
    }

    @Test
    void chunkedParallelRootEqualsTheLevelByLevelTree() {
        int n = (1 << 17) + (1 << 16) + 12345; // three aligned chunks plus a partial one
        List<byte[]> recs = records(n);
        Merkle.LeafEncoder enc = (i, out) -> out.raw(recs.get(i), 0, recs.get(i).length);
        Hash32 expected = reference(recs);
        assertThat(Merkle.root(n, enc, 1)).isEqualTo(expected);
        assertThat(Merkle.root(n, enc, 2)).isEqualTo(expected);
    }

    @Test
    void canonicalEncodingIsBigEndianAndLengthPrefixed() {
        byte[] b = new Canonical().u32(1).u64(2).str("检").bool(true).toByteArray();
        assertThat(Hex.encode(b)).isEqualTo("00000001" + "0000000000000002" + "00000003e6a380" + "01");
    }
}
