package cn.shuangsuiji.drawprotocol.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;

/**
 * Every test vector of docs/draw-protocol.md §16.8 ("Transparency log test vectors"), reproduced; the last
 * test checks that each value below appears verbatim in the document, so spec and code cannot drift apart.
 */
public class SpecVectorsTest {
    // §16.8: leaf of log entry 1 (COMMIT of D-1)
    static final String ENTRY1_DATA = "0000000773736a2e6c6f67000000000000000100000006434f4d4d495400000014323032362d"
            + "30332d30325430313a30303a30305a000000096472617765722d3031000000020000000e636f6d6d69746d656e7448617368"
            + "00000040313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131"
            + "313131313131313131313131313131310000000664726177496400000003442d31";
    static final String ENTRY1_LEAF = "878b6c58d494986a8b3ffd828060f8ec16a54e3d8b5d0033e18fbfe3a0d88c2d";
    static final List<String> LEAVES = List.of(ENTRY1_LEAF,
            "328c43de66661f380f357cb973f0e16f48d3b06177af383c6d5242b4dd32b5ba",
            "bb4e392d171699b3a6e0e920d3e58f847c6fa74e64a5af1a33a6bccd4dadc04b",
            "7b842eb7315919d5b7837b3d7f3e65dec46c316093ca5f36d0867f55d52ef7c7",
            "a688994edc9c28707bd276bbad7b25ec81192203398ae9921252b7e2bada8430",
            "3ca769b66806d97d16c1c161cc850d6011ac859317c8f67bba30bcdd095c6702",
            "ea845110a209e4dc08ad176e4c55f131ae78b07b91341fc9e8c5a4533c95572e");
    // §16.8: odd-sized trees
    static final String ROOT3 = "fbe6468f8b5c248e47133a9c8b041c84be79a9125f735cbe72d47204668944ff";
    static final String ROOT5 = "8d5be13b20c937a8d97dae982e5c7a785f3f242651b1bcab1cd4a96a3a895d9a";
    static final String ROOT7 = "daf7afbe0cb5bdb23ddfdcb5e56ae74f45a001e5e7f3ec438e6ca12236efe1b7";
    // §16.8: inclusion of leaf 4 (EXECUTE of D-2) in the tree of 7
    static final List<String> INCLUSION_4_7 = List.of(
            "3ca769b66806d97d16c1c161cc850d6011ac859317c8f67bba30bcdd095c6702",
            "ea845110a209e4dc08ad176e4c55f131ae78b07b91341fc9e8c5a4533c95572e",
            "3dc31381b2152a60c26cf60f0bb59d69e9358340593c31eceef6cdb92c2df6ff");
    // §16.8: consistency 3 → 7
    public static final List<String> CONSISTENCY_3_7 = List.of(
            "bb4e392d171699b3a6e0e920d3e58f847c6fa74e64a5af1a33a6bccd4dadc04b",
            "7b842eb7315919d5b7837b3d7f3e65dec46c316093ca5f36d0867f55d52ef7c7",
            "165115733798489be02bdf44c7dbb4eb0cfcb3751af5c0f94114976b9078fe23",
            "369911f77f8e994375856337665e085ee3cde565eecdb9f00b91c9faf4de9bd4");
    // §16.8: keys and the signed, cosigned checkpoint
    static final String LOG_PUBLIC_KEY = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    public static final String LOG_VKEY = "shuangsuiji.example/draw-log+a26bb822+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea";
    public static final String WITNESS_VKEY = "witness.example/w1+04d2d833+BD1AF8PoQ4lakrcKp00bfrycmCzPLsSWjMDNVfEq9GYM";
    static final String CHECKPOINT_BODY = """
            shuangsuiji.example/draw-log
            7
            2vevvgy1vbI939y15WrnT0WgAeXn8+xDjmyhIjbv4bc=
            time 2026-03-02T02:00:00Z
            """;
    static final String LOG_SIGNATURE_LINE = "\u2014 shuangsuiji.example/draw-log omu4IqilP1wG99ssuRpk7MnthbDWt4eKW17XDIye4FHm"
            + "hJg/5JZstMKzTvQwB7o516uCmZnfJskZSnOXmEINphr8Qgw=";
    static final String WITNESS_SIGNATURE_LINE = "\u2014 witness.example/w1 BNLYMwAAAABppO8lW91wihMqE5f8Y1TaUtgHi4qwJje"
            + "BaQvAWQbRhOGZDzUpdKoh1lGcxBxYT0aZx5Py44hO5lNxqHBOff/obtO9BA==";
    public static final String SIGNED_CHECKPOINT = CHECKPOINT_BODY + "\n" + LOG_SIGNATURE_LINE + "\n";
    public static final String COSIGNED_CHECKPOINT = SIGNED_CHECKPOINT + WITNESS_SIGNATURE_LINE + "\n";

    private static List<Hash32> hashes(List<String> hex) {
        return hex.stream().map(Hash32::fromHex).toList();
    }

    @Test
    void leafOfALogEntry() {
        LogEntry first = SpecLog.entries().get(0);
        assertThat(HexFormat.of().formatHex(LogLeaf.data(first))).isEqualTo(ENTRY1_DATA);
        assertThat(LogLeaf.hash(first).hex()).isEqualTo(ENTRY1_LEAF);
        // the same entry's chain hash is the §14 vector
        assertThat(first.hash().hex()).isEqualTo("71228ad75de0bbb1eae7bd9d06a05e192b1bb840b824b4b33ffe713ec442faeb");
        assertThat(SpecLog.entries().stream().map(e -> LogLeaf.hash(e).hex()).toList()).isEqualTo(LEAVES);
    }

    @Test
    void oddSizedTreesAndProofs() {
        TransparencyLog log = SpecLog.log(SpecLog.entries());
        assertThat(log.root(3).hex()).isEqualTo(ROOT3);
        assertThat(log.root(5).hex()).isEqualTo(ROOT5);
        assertThat(log.root(7).hex()).isEqualTo(ROOT7);
        assertThat(log.inclusionProof(4, 7)).isEqualTo(hashes(INCLUSION_4_7));
        assertThat(LogProofs.verifyInclusion(Hash32.fromHex(LEAVES.get(4)), 4, 7, hashes(INCLUSION_4_7),
                Hash32.fromHex(ROOT7))).isTrue();
        assertThat(log.consistencyProof(3, 7)).isEqualTo(hashes(CONSISTENCY_3_7));
        assertThat(LogProofs.verifyConsistency(3, 7, Hash32.fromHex(ROOT3), Hash32.fromHex(ROOT7),
                hashes(CONSISTENCY_3_7))).isTrue();
    }

    @Test
    void signedAndCosignedCheckpoint() {
        NoteSigner logKey = SpecLog.logKey();
        assertThat(logKey.verifierKey().publicKey()).isEqualTo(HexFormat.of().parseHex(LOG_PUBLIC_KEY));
        assertThat(logKey.verifierKey().vkey()).isEqualTo(LOG_VKEY);
        assertThat(SpecLog.witnessKey().verifierKey().vkey()).isEqualTo(WITNESS_VKEY);

        Checkpoint c = Checkpoint.at(SpecLog.ORIGIN, 7, Hash32.fromHex(ROOT7), SpecLog.CHECKPOINT_TIME);
        assertThat(c.body()).isEqualTo(CHECKPOINT_BODY);
        SignedNote signed = c.sign(logKey);
        assertThat(signed.format()).isEqualTo(SIGNED_CHECKPOINT);
        SignedNote cosigned = signed.with(SpecLog.witnessKey().cosign(signed.text(), SpecLog.COSIGNATURE_TIME));
        assertThat(cosigned.format()).isEqualTo(COSIGNED_CHECKPOINT);

        SignedNote parsed = SignedNote.parse(COSIGNED_CHECKPOINT);
        assertThat(parsed.verify(NoteVerifierKey.parse(LOG_VKEY))).isEqualTo(SignedNote.Verification.VERIFIED);
        assertThat(parsed.verify(NoteVerifierKey.parse(WITNESS_VKEY))).isEqualTo(SignedNote.Verification.VERIFIED);
        assertThat(Checkpoint.of(parsed)).isEqualTo(c);
    }

    @Test
    void everyVectorAppearsInTheSpec() throws IOException {
        String spec = Files.readString(Path.of("..", "docs", "draw-protocol.md"), StandardCharsets.UTF_8);
        int at = spec.indexOf("## 16. Transparency log and checkpoints");
        assertThat(at).as("section 16 of the spec").isPositive();
        String section = spec.substring(at).replace("\r", "");
        List<String> values = new java.util.ArrayList<>(List.of(ENTRY1_LEAF, ROOT3, ROOT5, ROOT7, LOG_PUBLIC_KEY,
                LOG_VKEY, WITNESS_VKEY, COSIGNED_CHECKPOINT));
        values.addAll(LEAVES);
        values.addAll(INCLUSION_4_7);
        values.addAll(CONSISTENCY_3_7);
        for (String v : values) {
            assertThat(section).as("spec section 16 contains %s", v).contains(v);
        }
        // the canonical entry bytes are wrapped over several lines in the spec
        assertThat(section.replaceAll("[\\s`]", "")).contains(ENTRY1_DATA);
        for (String r : TransparencyLogTest.CT_ROOTS) {
            assertThat(section).contains(r);
        }
    }
}
