package cn.shuangsuiji.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration OVERLAP = Duration.ofHours(24);
    private static KeyPair pair;

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        pair = generator.generateKeyPair();
    }

    private static SigningKey key(String id, Instant created) {
        return new SigningKey(id, pair, created, null);
    }

    @Test
    void anEmptyRingIsDueForRotation() {
        SigningKeyRing ring = new SigningKeyRing(List.of(), OVERLAP);

        assertThat(ring.hasCurrent()).isFalse();
        assertThat(ring.rotationDue(T0, Duration.ofDays(30))).isTrue();
    }

    @Test
    void rotationKeepsThePreviousKeyPublishedForTheOverlapWindow() {
        SigningKeyRing ring = new SigningKeyRing(List.of(key("k1", T0)), OVERLAP);
        Instant rotation = T0.plus(Duration.ofDays(30));

        SigningKeyRing rotated = ring.rotate(key("k2", rotation), rotation);

        assertThat(rotated.current().keyId()).isEqualTo("k2");
        assertThat(rotated.published(rotation.plus(Duration.ofHours(23))))
                .extracting(SigningKey::keyId).containsExactly("k2", "k1");
        assertThat(rotated.published(rotation.plus(OVERLAP))).extracting(SigningKey::keyId).containsExactly("k2");
    }

    @Test
    void keysPastTheWindowDropOutAtTheNextRotation() {
        SigningKeyRing ring = new SigningKeyRing(List.of(key("k1", T0)), OVERLAP)
                .rotate(key("k2", T0.plusSeconds(10)), T0.plusSeconds(10));

        SigningKeyRing later = ring.rotate(key("k3", T0.plus(Duration.ofDays(2))), T0.plus(Duration.ofDays(2)));

        assertThat(later.keys()).extracting(SigningKey::keyId).containsExactly("k3", "k2");
    }

    @Test
    void rotationIsDueAfterThePeriod() {
        SigningKeyRing ring = new SigningKeyRing(List.of(key("k1", T0)), OVERLAP);

        assertThat(ring.rotationDue(T0.plus(Duration.ofDays(29)), Duration.ofDays(30))).isFalse();
        assertThat(ring.rotationDue(T0.plus(Duration.ofDays(30)), Duration.ofDays(30))).isTrue();
    }

    @Test
    void onlyOneCurrentKey() {
        assertThatThrownBy(() -> new SigningKeyRing(List.of(key("a", T0), key("b", T0.plusSeconds(1))), OVERLAP))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
