package cn.shuangsuiji.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction aborted by a write conflict runs again; any other failure is not retried. */
class RetryingTransactionsTest {

    /** Runs the callback directly: the retry logic is what is under test. */
    private final TransactionTemplate direct = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            return action.doInTransaction(null);
        }
    };

    @Test
    void aWriteConflictIsRunAgainUntilItCommits() {
        AtomicInteger attempts = new AtomicInteger();
        String result = RetryingTransactions.inTransaction(direct, () -> {
            if (attempts.incrementAndGet() < 3) {
                MongoException conflict = new MongoException(112, "WriteConflict");
                conflict.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
                throw new DataIntegrityViolationException("Command failed", conflict);
            }
            return "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> RetryingTransactions.inTransaction(direct, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictThatKeepsRecurringGivesUpAfterTwelveAttemptsWithPausesDoublingUpToOneSecond() {
        AtomicInteger attempts = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();
        assertThatThrownBy(() -> RetryingTransactions.inTransaction(direct, () -> {
            attempts.incrementAndGet();
            throw new MongoException(112, "WriteConflict");
        }, pauses::add)).isInstanceOf(MongoException.class);
        assertThat(attempts).hasValue(12);
        assertThat(pauses).containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 640L, 1000L, 1000L, 1000L);
    }

    @Test
    void aLockNotGrantedInTimeIsTransientAndRunAgain() {
        // the server's answer when a transaction's lock request waited past its 5 ms timeout on a busy machine
        MongoException lockTimeout = new MongoException(24, "Unable to acquire lock '{…: Global, 2}' within a max"
                + " lock request timeout of '5ms' milliseconds.");
        lockTimeout.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
        AtomicInteger attempts = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();
        String result = RetryingTransactions.inTransaction(direct, () -> {
            if (attempts.incrementAndGet() < 10) {
                throw new RuntimeException("Command failed", lockTimeout);
            }
            return "committed";
        }, pauses::add);
        assertThat(result).isEqualTo("committed");
        assertThat(pauses).hasSize(9).endsWith(1000L);
    }
}
