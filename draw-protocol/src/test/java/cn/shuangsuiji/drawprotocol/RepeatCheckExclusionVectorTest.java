package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * docs/draw-protocol.md §14.1, a repeat-check exclusion (避免重复检查, reason {@code REPEAT_CHECK}, §3): its
 * canonical record, leaf and the two-leaf eligibility root are reproduced, and the spec states them.
 */
class RepeatCheckExclusionVectorTest {

    static final String RECORD = "0000000d73736a2e6578636c7573696f6e0000001239313133303633344d41303030303030303300"
            + "00000c5245504541545f434845434b";
    static final String LEAF = "72916211b61c02239a6ba80838535a2961c224f7492582bd9e588c85a68ec5f4";
    static final String ANNUAL_LIMIT_LEAF = "54a29663c0b0c40a41dd4126a82b3fc9809edd6ad31b4d2a4c5d1acafd9c18d2";
    static final String ELIGIBILITY_ROOT = "7bfacd5ae6d746157238acfaca6bdf2f701dc97a840d73e5fd7ca560cc6fcead";

    static CandidateTable table() {
        return CandidateTable.builder()
                .add("91110108MA01ABCD2X", "A", "")
                .add("91130634MA00000001", "A", "130634")
                .add("91130634MA00000002", "B", "130634")
                .add("91130634MA00000003", "A", "130634")
                .add("91130634MA00000004", "A", "130601")
                .exclude("91130634MA00000002", "ANNUAL_LIMIT")
                .exclude("91130634MA00000003", "REPEAT_CHECK")
                .build();
    }

    @Test
    void theRecordLeafAndEligibilityRootOfARepeatCheckExclusion() {
        CandidateTable t = table();
        Canonical out = new Canonical();
        t.encodeExclusion(t.indexOf("91130634MA00000003"), out);

        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo(RECORD);
        assertThat(Merkle.leaf(HexFormat.of().parseHex(RECORD)).hex()).isEqualTo(LEAF);
        assertThat(t.exclusionCount()).isEqualTo(2);
        assertThat(t.eligible(t.indexOf("91130634MA00000003"))).isFalse();
        assertThat(t.eligibilityRoot().hex()).isEqualTo(ELIGIBILITY_ROOT)
                .isEqualTo(Merkle.node(Hash32.fromHex(ANNUAL_LIMIT_LEAF), Hash32.fromHex(LEAF)).hex());
    }

    @Test
    void theSpecStatesTheVector() throws IOException {
        String spec = Files.readString(Path.of("..", "docs", "draw-protocol.md"), StandardCharsets.UTF_8);
        String section = spec.substring(spec.indexOf("### 14.1 Example draw"), spec.indexOf("### 14.2"));

        assertThat(section).contains(RECORD, LEAF, ELIGIBILITY_ROOT);
        assertThat(spec).contains("`REPEAT_CHECK`");
    }
}
