package cn.shuangsuiji.platform.mongo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 事务内缓存 — values read once per transaction: a consumer applying a poll's events in one transaction
 * ({@code IdempotentConsumer#consumeBatch}) reads the reference data they share (a plan, a rule) once, not once per
 * event. Within a transaction MongoDB reads from one snapshot, so a value read again would be the same unless the
 * transaction changed it itself: use it only for data the transaction does not write. Outside a transaction every
 * call reads.
 *
 * @param <K> key
 * @param <V> value
 */
public final class TransactionMemo<K, V> {

    private final Function<K, V> read;

    /** @param read reads the value of a key (may return null; a null is remembered too) */
    public TransactionMemo(Function<K, V> read) {
        this.read = read;
    }

    /** The value of the key, read at most once in the current transaction. */
    public V get(K key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.apply(key);
        }
        @SuppressWarnings("unchecked")
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (values == null) {
            Map<K, V> bound = new HashMap<>();
            values = bound;
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        if (values.containsKey(key)) {
            return values.get(key);
        }
        V value = read.apply(key);
        values.put(key, value);
        return value;
    }
}
