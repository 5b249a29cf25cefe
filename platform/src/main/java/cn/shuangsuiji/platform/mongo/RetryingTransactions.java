package cn.shuangsuiji.platform.mongo;

import com.mongodb.MongoException;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 事务重试 — runs a MongoDB transaction again when it aborted with a {@code TransientTransactionError} (a write
 * conflict with a concurrent transaction on the same document, e.g. two batches of one job adding to its counters
 * at once, or a lease renewal): an aborted transaction wrote nothing, so running its callback again is safe.
 */
public final class RetryingTransactions {

    private static final int ATTEMPTS = 8;
    private static final int WRITE_CONFLICT = 112;

    private RetryingTransactions() {
    }

    /** Runs {@code work} in a transaction, again (up to 8 times) while it aborts with a transient error. */
    public static <T> T inTransaction(TransactionTemplate transactions, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(5L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
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
