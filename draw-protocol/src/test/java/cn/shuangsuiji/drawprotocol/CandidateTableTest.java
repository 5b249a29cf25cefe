package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CandidateTableTest {
    @Test
    void rowsAreSortedByIdBytesWhateverTheInputOrder() {
        List<String> ids = new ArrayList<>(List.of("91110108MA01", "91110108MA0", "91110108", "9111010", "91110108MA01X",
                "91110108MA01XYZ12345678", "91110108MA01XYZ1234567", "A", "检查对象一", "检查对象", "Ω", "z", "91110108MA01XZ"));
        List<String> expected = new ArrayList<>(ids);
        expected.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        for (long seed = 1; seed < 6; seed++) {
            Collections.shuffle(ids, new Random(seed));
            CandidateTable.Builder b = CandidateTable.builder();
            ids.forEach(id -> b.add(id, "A", ""));
            CandidateTable t = b.build();
            List<String> got = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                got.add(t.id(i));
                assertThat(t.indexOf(t.id(i))).isEqualTo(i);
            }
            assertThat(got).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void duplicatesUnknownExclusionsAndControlCharactersAreRejected() {
        assertThatThrownBy(() -> CandidateTable.builder().add("91110108MA01XYZ9", "A", "").add("X", "A", "")
                .add("91110108MA01XYZ9", "B", "").build()).hasMessageContaining("duplicate target id");
        assertThatThrownBy(() -> CandidateTable.builder().add("A1", "A", "").exclude("A2", "R").build())
                .hasMessageContaining("not in the snapshot");
        assertThatThrownBy(() -> CandidateTable.builder().add("A\u0000", "A", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CandidateTable.builder().add("", "A", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetId("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exclusionsAndCountsAndRoots() {
        CandidateTable t = CandidateTable.builder().add("B", "X", "AREA").add("A", "X", "").add("C", "Y", "")
                .exclude("B", "ANNUAL_LIMIT").build();
        assertThat(t.eligible(0)).isTrue();
        assertThat(t.exclusionReason(1)).isEqualTo("ANNUAL_LIMIT");
        assertThat(t.eligibleCount("X")).isEqualTo(1);
        assertThat(t.exclusionCount()).isEqualTo(1);
        Canonical out = new Canonical();
        t.encodeTarget(1, out);
        assertThat(out.toByteArray()).isEqualTo(new Canonical().str("ssj.target").str("B").str("X").str("AREA").toByteArray());
        assertThat(t.targetsRoot()).isEqualTo(Merkle.rootOfRecords(List.of(
                new Canonical().str("ssj.target").str("A").str("X").str("").toByteArray(),
                new Canonical().str("ssj.target").str("B").str("X").str("AREA").toByteArray(),
                new Canonical().str("ssj.target").str("C").str("Y").str("").toByteArray())));
        assertThat(t.eligibilityRoot()).isEqualTo(Merkle.rootOfRecords(List.of(
                new Canonical().str("ssj.exclusion").str("B").str("ANNUAL_LIMIT").toByteArray())));
    }
}
