package cn.shuangsuiji.drawprotocol.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;

/**
 * RFC 6962 / RFC 9162 Merkle-tree log: the Certificate Transparency reference vectors (the 8 leaves "",
 * 00, 10, 2021, 3031, 40414243, 5051525354555657, 606162636465666768696a6b6c6d6e6f used by CT and
 * transparency-dev implementations), and properties over every size up to 64.
 */
class TransparencyLogTest {
    static final String[] CT_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    /** Root of the first n leaves, n = 0..8. */
    static final String[] CT_ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
    private static final int MAX = 64;

    static TransparencyLog ctLog() {
        TransparencyLog log = new TransparencyLog();
        for (String d : CT_LEAVES) {
            log.append(HexFormat.of().parseHex(d));
        }
        return log;
    }

    private static List<Hash32> hashes(String... hex) {
        return java.util.Arrays.stream(hex).map(Hash32::fromHex).toList();
    }

    @Test
    void reproducesTheCertificateTransparencyRoots() {
        TransparencyLog log = ctLog();
        for (int n = 0; n <= 8; n++) {
            assertThat(log.root(n).hex()).as("root of %d leaves", n).isEqualTo(CT_ROOTS[n]);
        }
        assertThat(log.root()).isEqualTo(log.root(8));
        assertThat(log.leafHashAt(0).hex()).isEqualTo(CT_ROOTS[1]);
    }

    @Test
    void reproducesTheReferenceInclusionProofs() {
        TransparencyLog log = ctLog();
        assertThat(log.inclusionProof(0, 8)).isEqualTo(hashes(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(log.inclusionProof(5, 8)).isEqualTo(hashes(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(log.inclusionProof(0, 1)).isEmpty();
        assertThat(LogProofs.verifyInclusion(log.leafHashAt(5), 5, 8, log.inclusionProof(5, 8),
                Hash32.fromHex(CT_ROOTS[8]))).isTrue();
    }

    @Test
    void reproducesTheReferenceConsistencyProofs() {
        TransparencyLog log = ctLog();
        assertThat(log.consistencyProof(1, 8)).isEqualTo(hashes(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(log.consistencyProof(2, 8)).isEqualTo(hashes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(log.consistencyProof(6, 8)).isEqualTo(hashes(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(log.consistencyProof(2, 5)).isEqualTo(hashes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
        assertThat(log.consistencyProof(8, 8)).isEmpty();
        assertThat(log.consistencyProof(0, 8)).isEmpty();
    }

    /** Leaves of the property tests: SHA-256-distinct data per index. */
    private static TransparencyLog bigLog() {
        TransparencyLog log = new TransparencyLog();
        for (int i = 0; i < MAX; i++) {
            log.append(("entry-" + i).getBytes(StandardCharsets.UTF_8));
        }
        return log;
    }

    @Test
    void rootsAgreeWithTheSnapshotTreeOfSection3ForEverySize() {
        // §3's level-by-level tree with the odd node promoted is the same tree as RFC 6962's split
        List<byte[]> records = new ArrayList<>();
        TransparencyLog log = new TransparencyLog();
        for (int n = 0; n <= MAX; n++) {
            assertThat(log.root()).as("size %d", n).isEqualTo(Merkle.rootOfRecords(records));
            byte[] r = ("record-" + n).getBytes(StandardCharsets.UTF_8);
            records.add(r);
            log.append(r);
        }
    }

    @Test
    void everyInclusionProofVerifiesAndEveryTamperedOneFails() {
        TransparencyLog log = bigLog();
        int checked = 0;
        for (int n = 1; n <= MAX; n++) {
            Hash32 root = log.root(n);
            for (int i = 0; i < n; i++) {
                List<Hash32> proof = log.inclusionProof(i, n);
                Hash32 leaf = log.leafHashAt(i);
                assertThat(LogProofs.verifyInclusion(leaf, i, n, proof, root)).as("%d of %d", i, n).isTrue();
                checked++;
                // a tampered leaf, index, size, root or proof fails
                assertThat(LogProofs.verifyInclusion(flip(leaf), i, n, proof, root)).isFalse();
                assertThat(LogProofs.verifyInclusion(leaf, i, n, proof, flip(root))).isFalse();
                assertThat(LogProofs.verifyInclusion(leaf, n, n, proof, root)).isFalse();
                assertThat(LogProofs.verifyInclusion(leaf, -1, n, proof, root)).isFalse();
                if (n > 1) {
                    assertThat(LogProofs.verifyInclusion(leaf, (i + 1) % n, n, proof, root)).isFalse();
                    if (n < MAX) {
                        assertThat(LogProofs.verifyInclusion(leaf, i, n + 1, proof, log.root(n + 1))).isFalse();
                    }
                }
                for (int k = 0; k < proof.size(); k++) {
                    List<Hash32> bad = new ArrayList<>(proof);
                    bad.set(k, flip(bad.get(k)));
                    assertThat(LogProofs.verifyInclusion(leaf, i, n, bad, root)).isFalse();
                }
                if (!proof.isEmpty()) {
                    assertThat(LogProofs.verifyInclusion(leaf, i, n, proof.subList(0, proof.size() - 1), root))
                            .isFalse();
                }
                List<Hash32> longer = new ArrayList<>(proof);
                longer.add(leaf);
                assertThat(LogProofs.verifyInclusion(leaf, i, n, longer, root)).isFalse();
            }
        }
        assertThat(checked).isEqualTo(MAX * (MAX + 1) / 2);
    }

    @Test
    void everyConsistencyProofVerifiesAndEveryTamperedOneFails() {
        TransparencyLog log = bigLog();
        for (int n = 0; n <= MAX; n++) {
            Hash32 rn = log.root(n);
            for (int m = 0; m <= n; m++) {
                Hash32 rm = log.root(m);
                List<Hash32> proof = log.consistencyProof(m, n);
                assertThat(LogProofs.verifyConsistency(m, n, rm, rn, proof)).as("%d → %d", m, n).isTrue();
                if (m > 0) {
                    assertThat(LogProofs.verifyConsistency(m, n, flip(rm), rn, proof)).isFalse();
                }
                if (m > 0 || m == n) { // every tree extends the empty one: nothing to tamper with
                    assertThat(LogProofs.verifyConsistency(m, n, rm, flip(rn), proof)).isFalse();
                }
                for (int k = 0; k < proof.size(); k++) {
                    List<Hash32> bad = new ArrayList<>(proof);
                    bad.set(k, flip(bad.get(k)));
                    assertThat(LogProofs.verifyConsistency(m, n, rm, rn, bad)).as("%d → %d, element %d", m, n, k)
                            .isFalse();
                }
                if (!proof.isEmpty()) {
                    assertThat(LogProofs.verifyConsistency(m, n, rm, rn, proof.subList(0, proof.size() - 1)))
                            .isFalse();
                }
                List<Hash32> longer = new ArrayList<>(proof);
                longer.add(rn);
                assertThat(LogProofs.verifyConsistency(m, n, rm, rn, longer)).isFalse();
                if (m < n) {
                    assertThat(LogProofs.verifyConsistency(n, m, rn, rm, proof)).isFalse();
                    if (m > 0) {
                        // a different history of the same size is not consistent
                        assertThat(LogProofs.verifyConsistency(m, n, log.root(m - 1), rn, proof)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aRewrittenPrefixHasNoValidConsistencyProof() {
        TransparencyLog honest = bigLog();
        for (int edited = 0; edited < 20; edited++) {
            TransparencyLog forged = new TransparencyLog();
            for (int i = 0; i < 40; i++) {
                forged.append(("entry-" + i + (i == edited ? "-edited" : "")).getBytes(StandardCharsets.UTF_8));
            }
            assertThat(LogProofs.verifyConsistency(20, 40, honest.root(20), forged.root(40),
                    forged.consistencyProof(20, 40))).isFalse();
        }
    }

    @Test
    void restoresFromLeafHashesAndRejectsOutOfRangeRequests() {
        TransparencyLog log = bigLog();
        TransparencyLog copy = TransparencyLog.of(log.leafHashes());
        assertThat(copy.root()).isEqualTo(log.root());
        assertThat(copy.size()).isEqualTo(MAX);
        assertThatThrownBy(() -> log.root(MAX + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TransparencyLog().root()).isEqualTo(Merkle.EMPTY_ROOT);
    }

    static Hash32 flip(Hash32 h) {
        byte[] b = h.bytes();
        b[7] ^= 0x01;
        return Hash32.of(b);
    }
}
