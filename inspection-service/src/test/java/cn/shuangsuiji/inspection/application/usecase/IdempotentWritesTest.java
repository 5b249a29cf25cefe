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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The key is not looked up before the write: a key used before fails the write's transaction (its insert is a
 * duplicate) and is only then read. The fakes keep the two properties that rely on: the store refuses a second
 * insert of a key, and a failed transaction stores nothing of the write.
 */
class IdempotentWritesTest {

    private final Map<String, StoredResponse> stored = new HashMap<>();
    /** Writes of committed transactions. */
    private final AtomicInteger applied = new AtomicInteger();
    /** Writes of the running transaction, committed with it. */
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();
    private final TransactionOperations transactions = new TransactionOperations() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            pending.set(0);
            T result = action.doInTransaction(null);
            applied.addAndGet(pending.getAndSet(0));
            return result;
        }
    };
    private final IdempotentWrites writes = new IdempotentWrites(new IdempotencyKeys() {
        @Override
        public Optional<StoredResponse> find(String scope, String key) {
            lookups.incrementAndGet();
            return Optional.ofNullable(stored.get(scope + "|" + key));
        }

        @Override
        public void save(String scope, String key, StoredResponse response) {
            if (stored.putIfAbsent(scope + "|" + key, response) != null) {
                throw new DuplicateKeyException("E11000 duplicate key " + key);
            }
        }
    }, transactions);

    private IdempotentWrites.Outcome write(String scope, String key, String hash) {
        return writes.run(scope, key, hash, () -> new StoredResponse(null, 200, "{\"n\":"
                + (applied.get() + pending.incrementAndGet()) + "}", "\"1\""));
    }

    @Test
    void aFirstWriteDoesNotLookTheKeyUp() {
        assertThat(write("u1", "key-00000001", "h1").replayed()).isFalse();
        assertThat(applied).hasValue(1);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void aRetryWhoseWriteIsRefusedNowGetsTheStoredAnswerNotTheRefusal() {
        IdempotentWrites.Outcome first = write("u1", "key-00000003", "h1");
        // the retried step was done by the first request: the write itself refuses (e.g. stale If-Match, 412)
        IdempotentWrites.Outcome retry = writes.run("u1", "key-00000003", "h1", () -> {
            throw new IllegalStateException("already submitted");
        });
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(first.response());
        assertThatThrownBy(() -> writes.run("u1", "key-00000004", "h1", () -> {
            throw new IllegalStateException("refused");
        })).as("an unused key: the write's own failure").hasMessage("refused");
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
