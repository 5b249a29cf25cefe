package cn.shuangsuiji.platform.mongo;

import com.mongodb.MongoException;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 事务重试 — runs a MongoDB transaction again when it aborted with a {@code TransientTransactionError} (a write
 * conflict with a concurrent transaction on the same document, e.g. two batches of one job adding to its counters
 * at once, or a lease renewal; or a lock not granted within the server's 5 ms transaction lock timeout, which a
 * busy machine produces — seen on a 10^7 import): an aborted transaction wrote nothing, so running its callback
 * again is safe. The pause between attempts doubles from 5 ms up to 1 s, so 12 attempts ride out about 4 s of
 * contention before the error is given up to the caller.
 */
public final class RetryingTransactions {

    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MILLIS = 1_000;
    private static final int WRITE_CONFLICT = 112;

    private RetryingTransactions() {
    }

    /** Runs {@code work} in a transaction, again (up to 12 times) while it aborts with a transient error. */
    public static <T> T inTransaction(TransactionTemplate transactions, Supplier<T> work) {
        return inTransaction(transactions, work, Thread::sleep);
    }

    /** The pause between attempts, in milliseconds. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    static <T> T inTransaction(TransactionTemplate transactions, Supplier<T> work, Pause pause) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    pause.sleep(pauseBefore(attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The pause before attempt {@code n} (n ≥ 2): 5 ms, doubling, at most 1 s. */
    static long pauseBefore(int n) {
        return Math.min(MAX_PAUSE_MILLIS, 5L << Math.min(n - 2, 20));
    }

    /** As {@link #inTransaction(TransactionTemplate, Supplier)}, without a result. */
    public static void inTransaction(TransactionTemplate transactions, Runnable work) {
        inTransaction(transactions, () -> {
            work.run();
            return null;
        });
    }

    /** A transient transaction error (write conflict) anywhere in the cause chain. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoException mongo
                    && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || mongo.getCode() == WRITE_CONFLICT)) {
                return true;
            }
        }
        return false;
    }
}
