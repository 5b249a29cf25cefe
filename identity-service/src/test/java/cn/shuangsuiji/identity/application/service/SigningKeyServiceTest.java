package cn.shuangsuiji.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.identity.application.port.out.SigningKeyFactory;
import cn.shuangsuiji.identity.application.port.out.SigningKeyStore;
import cn.shuangsuiji.identity.domain.SigningKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeyServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration OVERLAP = Duration.ofDays(1);
    private static KeyPair pair;

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        pair = generator.generateKeyPair();
    }

    @Test
    void aFirstStartCreatesAKeyAndARestartKeepsIt() {
        MapStore store = new MapStore();
        MutableClock clock = new MutableClock(T0);
        SigningKeyService first = new SigningKeyService(store, new CountingFactory(), clock, PERIOD, OVERLAP);

        SigningKeyService restarted = new SigningKeyService(store, new CountingFactory(), clock, PERIOD, OVERLAP);

        assertThat(restarted.current().keyId()).isEqualTo(first.current().keyId());
        assertThat(store.keys).hasSize(1);
    }

    @Test
    void theScheduleRotatesWhenThePeriodIsOverAndThePreviousKeyStaysForTheOverlap() {
        MapStore store = new MapStore();
        MutableClock clock = new MutableClock(T0);
        SigningKeyService service = new SigningKeyService(store, new CountingFactory(), clock, PERIOD, OVERLAP);
        String first = service.current().keyId();

        clock.now = T0.plus(Duration.ofDays(29));
        assertThat(service.rotateIfDue()).isFalse();
        clock.now = T0.plus(PERIOD);
        assertThat(service.rotateIfDue()).isTrue();

        assertThat(service.current().keyId()).isNotEqualTo(first);
        assertThat(service.published()).extracting(SigningKey::keyId).containsExactly(service.current().keyId(), first);
        assertThat(store.keys.get(first).retiredAt()).isEqualTo(T0.plus(PERIOD));
        clock.now = T0.plus(PERIOD).plus(OVERLAP);
        assertThat(service.published()).extracting(SigningKey::keyId).containsExactly(service.current().keyId());

        service.rotate();
        assertThat(store.keys).doesNotContainKey(first).hasSize(2);
    }

    private static final class CountingFactory implements SigningKeyFactory {
        private int next;

        @Override
        public SigningKey create(Instant now) {
            return new SigningKey("k" + (next++) + "-" + now.getEpochSecond(), pair, now, null);
        }
    }

    private static final class MapStore implements SigningKeyStore {
        final Map<String, SigningKey> keys = new LinkedHashMap<>();

        @Override
        public List<SigningKey> loadAll() {
            return new ArrayList<>(keys.values());
        }

        @Override
        public void save(SigningKey key) {
            keys.put(key.keyId(), key);
        }

        @Override
        public void delete(String keyId) {
            keys.remove(keyId);
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
