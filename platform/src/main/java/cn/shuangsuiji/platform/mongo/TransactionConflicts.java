package cn.shuangsuiji.platform.mongo;

import com.mongodb.MongoException;

/**
 * 事务写冲突 — MongoDB refused a write inside a transaction because another transaction holds the document
 * ({@code WriteConflict}, code 112, label {@code TransientTransactionError}). The other transaction may be live, or
 * orphaned by a process killed in the middle of it: MongoDB then keeps the document locked until it aborts the
 * transaction ({@code transactionLifetimeLimitSeconds}, 60 s by default). Nothing of the refused write was applied;
 * the same request may be retried. Outages ({@link DatabaseOutages}) are not conflicts.
 */
public final class TransactionConflicts {

    /** MongoDB's WriteConflict. */
    public static final int WRITE_CONFLICT = 112;

    private TransactionConflicts() {
    }

    public static boolean isConflict(Throwable e) {
        if (DatabaseOutages.isOutage(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoException mongo && (mongo.getCode() == WRITE_CONFLICT
                    || mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
                return true;
            }
        }
        return false;
    }
}
