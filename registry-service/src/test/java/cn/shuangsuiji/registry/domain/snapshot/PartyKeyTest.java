package cn.shuangsuiji.registry.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 回避 party keys of entity snapshot rows (S0 16): same hashing as inspectors' relation keys. */
class PartyKeyTest {

    static final String USCC = "91350100M000100Y43";
    static final String ID = "11010519491231002X";

    @Test
    void keyIsTheHexSha256OfTheIdentifier() {
        // same vector as draw-service EntityRecordTest
        assertThat(PartyKey.of(ID)).isEqualTo("426695a0efdb59b9eaedaf0b5ca3eddf013cc2a7f9e283437704ea605f421e6d");
    }

    @Test
    void partyKeysAreSortedDistinctAndSkipMissingIdentifiers() {
        List<String> keys = EntitySnapshotRow.partyKeysOf(USCC, null, ID, Arrays.asList(USCC, null, " ", ID));
        assertThat(keys).containsExactlyInAnyOrder(PartyKey.of(ID), PartyKey.of(USCC)).isSorted();
        assertThat(EntitySnapshotRow.partyKeysOf(null, ID, null, List.of())).containsExactly(PartyKey.of(ID));
        assertThat(EntitySnapshotRow.partyKeysOf(null, null, "", null)).isEmpty();
        // a differently written identifier is another key: identifiers are stored normalised (trimmed, upper-case)
        assertThat(EntitySnapshotRow.partyKeysOf(USCC, null, ID.toLowerCase(), List.of()))
                .doesNotContain(PartyKey.of(ID));
    }

    @Test
    void partyKeysAreTheLastFieldOfTheCanonicalRecordAndChangeTheRoot() throws IOException {
        List<String> keys = EntitySnapshotRow.partyKeysOf(USCC, null, ID, List.of());
        EntitySnapshotRow row = new EntitySnapshotRow("ent-1", "ENTERPRISE", "130634", "C3032", "A", "OPERATING",
                List.of("石材"), false, true, USCC, "王建国", List.of(keys.get(1), keys.get(0), keys.get(0)));
        assertThat(row.partyKeys()).isEqualTo(keys);
        CanonicalWriter out = new CanonicalWriter();
        row.encode(out);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(out.buffer(), 0, out.length()));
        for (int i = 0; i < 7; i++) {
            str(in);
        }
        int tags = in.readInt();
        for (int i = 0; i < tags; i++) {
            str(in);
        }
        assertThat(in.readUnsignedByte()).isEqualTo(2);
        assertThat(str(in)).isEqualTo(USCC);
        assertThat(str(in)).isEqualTo("王建国");
        assertThat(in.readInt()).isEqualTo(2);
        assertThat(List.of(str(in), str(in))).isEqualTo(keys);
        assertThat(in.available()).isZero();
        EntitySnapshotRow without = new EntitySnapshotRow("ent-1", "ENTERPRISE", "130634", "C3032", "A",
                "OPERATING", List.of("石材"), false, true, USCC, "王建国", List.of(PartyKey.of(USCC)));
        assertThat(SnapshotContentTest.root(List.of(row))).isNotEqualTo(SnapshotContentTest.root(List.of(without)));
    }

    private static String str(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
