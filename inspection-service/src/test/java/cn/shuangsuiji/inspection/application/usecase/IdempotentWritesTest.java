package cn.shuangsuiji.inspection.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys;
import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentWritesTest {

    private final Map<String, StoredResponse> stored = new HashMap<>();
    private final IdempotentWrites writes = new IdempotentWrites(new IdempotencyKeys() {
        @Override
        public Optional<StoredResponse> find(String scope, String key) {
            return Optional.ofNullable(stored.get(scope + "|" + key));
        }

        @Override
        public void save(String scope, String key, StoredResponse response) {
            stored.put(scope + "|" + key, response);
        }
    });
    private final AtomicInteger applied = new AtomicInteger();

    private IdempotentWrites.Outcome write(String scope, String key, String hash) {
        return writes.run(scope, key, hash, () -> new StoredResponse(null, 200, "{\"n\":" + applied.incrementAndGet()
                + "}", "\"1\""));
    }

    @Test
    void aRetryWithTheSameKeyAndRequestIsAppliedOnceAndAnsweredAlike() {
        IdempotentWrites.Outcome first = write("u1", "key-00000001", "h1");
        IdempotentWrites.Outcome retry = write("u1", "key-00000001", "h1");
        assertThat(applied).hasValue(1);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response().body()).isEqualTo(first.response().body());
        assertThat(retry.response().etag()).isEqualTo("\"1\"");
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        write("u1", "key-00000001", "h1");
        assertThatThrownBy(() -> write("u1", "key-00000001", "h2")).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(applied).hasValue(1);
    }

    @Test
    void keysAreKeptPerCallerAndMustLookLikeKeys() {
        write("u1", "key-00000001", "h1");
        write("u2", "key-00000001", "h2");
        assertThat(applied).hasValue(2);
        assertThatThrownBy(() -> write("u1", "short", "h1")).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID"));
    }

    @Test
    void aFailedWriteStoresNoAnswerSoItCanBeRetried() {
        assertThatThrownBy(() -> writes.run("u1", "key-00000002", "h1", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(write("u1", "key-00000002", "h1").replayed()).isFalse();
    }
}
