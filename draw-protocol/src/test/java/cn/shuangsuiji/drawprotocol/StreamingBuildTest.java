package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the streaming snapshot path needs from the protocol: a streamed Merkle root and byte-level table input. */
class StreamingBuildTest {

    @Test
    void theStreamedRootIsTheRootOfTheRecordsAtEverySize() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 13, 100, 65_536, 65_537, 70_001}) {
            List<byte[]> records = new ArrayList<>();
            Merkle.Builder stream = new Merkle.Builder();
            for (int i = 0; i < n; i++) {
                byte[] r = new byte[1 + random.nextInt(40)];
                random.nextBytes(r);
                records.add(r);
                byte[] padded = new byte[r.length + 7];
                System.arraycopy(r, 0, padded, 3, r.length);
                stream.add(padded, 3, r.length);
            }
            assertThat(stream.count()).isEqualTo(n);
            assertThat(stream.root()).as("n=%d", n).isEqualTo(Merkle.rootOfRecords(records));
        }
    }

    @Test
    void bytesInGiveTheSameTableAsStringsIn() {
        CandidateTable.Builder strings = CandidateTable.builder();
        CandidateTable.Builder bytes = CandidateTable.builder(2);
        for (int i = 99; i >= 0; i--) {
            String id = "91130634MA" + String.format("%08d", i * 7919 % 1000);
            String stratum = i % 3 == 0 ? "A" : "B";
            strings.add(id, stratum, i % 2 == 0 ? "130634" : "");
            byte[] b = ("xx" + id).getBytes(StandardCharsets.UTF_8);
            bytes.addUtf8(b, 2, b.length - 2, stratum, i % 2 == 0 ? "130634" : null);
        }
        strings.exclude("91130634MA00000000", "MAX_PER_YEAR");
        bytes.excludeIfPresent("91130634MA00000000", "MAX_PER_YEAR").excludeIfPresent("not-there", "MAX_PER_YEAR");
        CandidateTable a = strings.build();
        CandidateTable b = bytes.build();
        assertThat(b.targetsRoot()).isEqualTo(a.targetsRoot());
        assertThat(b.eligibilityRoot()).isEqualTo(a.eligibilityRoot());
        assertThatThrownBy(() -> CandidateTable.builder().addUtf8(new byte[] {'a', 1}, 0, 2, "A", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CandidateTable.builder().addUtf8(new byte[65], 0, 65, "A", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicatesAreRefusedUnlessTheFirstIsKept() {
        assertThatThrownBy(() -> CandidateTable.builder().add("x-1", "A", "").add("x-1", "A", "").build())
                .isInstanceOf(IllegalArgumentException.class);
        CandidateTable kept = CandidateTable.builder().keepFirstDuplicate().add("x-2", "A", "1")
                .add("x-1", "B", "first").add("a-very-long-id-of-many-bytes-1", "A", "")
                .add("x-1", "A", "second").add("a-very-long-id-of-many-bytes-1", "B", "").add("x-1", "C", "")
                .build();
        assertThat(kept.size()).isEqualTo(3);
        int row = kept.indexOf("x-1");
        assertThat(kept.stratum(row)).isEqualTo("B");
        assertThat(kept.area(row)).isEqualTo("first");
        assertThat(kept.stratum(kept.indexOf("a-very-long-id-of-many-bytes-1"))).isEqualTo("A");
        CandidateTable plain = CandidateTable.builder().add("x-2", "A", "1").add("x-1", "B", "first")
                .add("a-very-long-id-of-many-bytes-1", "A", "").build();
        assertThat(kept.targetsRoot()).isEqualTo(plain.targetsRoot());
    }
}
