package cn.shuangsuiji.registry.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyed pseudonyms and their published test vectors (docs/privacy.md), computed independently with openssl. */
class PseudonymsTest {

    static final Pseudonyms VECTOR = new Pseudonyms("ssj-test-vector-secret-0123456789");
    static final String ID = "11010519491231002X";
    static final String USCC = "91350100M000100Y43";

    @Test
    void matchesTheTestVectors() {
        assertThat(VECTOR.partyKey(ID)).isEqualTo("3a7e95cb85cd24dbe5d6e6b0199a90f5e8172e4ad3bec9555d3c435213dc0d7d");
        assertThat(VECTOR.partyKey(USCC)).isEqualTo("f0a1ceb69822423c10fdfe0a9772041b430f2ed3e5a2d1fbf05f773ac77cb970");
        assertThat(VECTOR.naturalPersonId(ID)).isEqualTo("ent-p850c6a6658eefcb4");
        assertThat(EntityId.of(null, ID, VECTOR).value()).isEqualTo("ent-p850c6a6658eefcb4");
        assertThat(EntityId.of(USCC, null, VECTOR).value()).isEqualTo("ent-" + USCC);
        assertThat(VECTOR.keyId()).isEqualTo("7514541ecdd0826b");
    }

    @Test
    void theUnkeyedHashIsGoneAndAnotherSecretGivesOtherValues() throws Exception {
        String unkeyed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ID.getBytes(StandardCharsets.UTF_8)));
        assertThat(unkeyed).isEqualTo("426695a0efdb59b9eaedaf0b5ca3eddf013cc2a7f9e283437704ea605f421e6d");
        assertThat(VECTOR.partyKey(ID)).isNotEqualTo(unkeyed);
        assertThat(VECTOR.naturalPersonId(ID)).isNotEqualTo("ent-p" + unkeyed.substring(0, 16));
        Pseudonyms other = new Pseudonyms("another-secret-of-at-least-16-bytes");
        assertThat(other.partyKey(ID)).isNotEqualTo(VECTOR.partyKey(ID));
        assertThat(other.naturalPersonId(ID)).isNotEqualTo(VECTOR.naturalPersonId(ID));
        assertThat(other.keyId()).isNotEqualTo(VECTOR.keyId());
    }

    @Test
    void partyKeysAreSortedDistinctAndSkipBlanks() {
        List<String> keys = EntitySnapshotRow.partyKeysOf(VECTOR, USCC, null, ID, Arrays.asList(USCC, null, " ", ID));
        assertThat(keys).containsExactlyInAnyOrder(VECTOR.partyKey(ID), VECTOR.partyKey(USCC)).isSorted();
        assertThat(EntitySnapshotRow.partyKeysOf(VECTOR, null, null, "", null)).isEmpty();
        // an entity id is not a prefix of the party key of the same number (separate contexts)
        assertThat(VECTOR.partyKey(ID)).doesNotStartWith(VECTOR.naturalPersonId(ID).substring(5));
    }

    @Test
    void refusesShortSecretsAndNeverPrintsTheSecret() {
        assertThatThrownBy(() -> new Pseudonyms("short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(VECTOR.toString()).doesNotContain("ssj-test-vector-secret");
    }
}
