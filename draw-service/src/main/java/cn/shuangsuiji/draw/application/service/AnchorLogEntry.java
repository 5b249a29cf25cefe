package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawLogCheckpointed;
import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.tlog.Checkpoint;
import cn.shuangsuiji.drawprotocol.tlog.LogLeaf;
import cn.shuangsuiji.drawprotocol.tlog.NoteSigner;
import cn.shuangsuiji.drawprotocol.tlog.SignedNote;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 日志入树 — anchors each draw-log entry in the platform's one transparency log (docs/draw-protocol.md §16): the
 * entry's leaf {@code LogLeaf.hash(entry)} is appended in the transaction that writes the entry, and when that
 * transaction commits — after all entries of one draw action — the head moves and ONE signed checkpoint of the new
 * size is stored and published ({@link DrawLogCheckpointed}, via the outbox in the same transaction).
 *
 * <p>Appends are serialised: in this instance by the tree's lock, held from the first append of a transaction until
 * it completes; across instances by the head document, which every appending transaction updates conditionally on
 * the size it started from, so of two concurrent transactions one aborts with a write conflict (and the draw
 * service retries it). A rolled-back transaction's leaves are forgotten (the tree is restored from storage).
 */
@Service
class AnchorLogEntry {

    private final PlatformLogTree tree;
    private final TransparencyLogStore store;
    private final NoteSigner signer;
    private final EventPublisher events;
    private final Clock clock;

    AnchorLogEntry(PlatformLogTree tree, TransparencyLogStore store, NoteSigner signer, EventPublisher events,
                   Clock clock) {
        this.tree = tree;
        this.store = store;
        this.signer = signer;
        this.events = events;
        this.clock = clock;
    }

    /** The log's origin (the first checkpoint line), the name of the platform's log key. */
    String origin() {
        return signer.name();
    }

    /**
     * Appends the entry's leaf; must run inside the transaction that stores the entry.
     *
     * @return the entry's leaf index
     */
    long anchor(String drawId, LogEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a draw-log entry is anchored only inside the transaction that stores it");
        }
        Appending appending = (Appending) TransactionSynchronizationManager.getResource(this);
        if (appending == null) {
            tree.lock().lock();
            try {
                appending = new Appending();
                TransactionSynchronizationManager.bindResource(this, appending);
                TransactionSynchronizationManager.registerSynchronization(appending);
            } catch (RuntimeException e) {
                TransactionSynchronizationManager.unbindResourceIfPossible(this);
                tree.lock().unlock();
                throw e;
            }
            tree.catchUp();
            appending.from = tree.tree().size();
        }
        Hash32 leaf = LogLeaf.hash(entry);
        long index = tree.tree().appendLeafHash(leaf);
        store.appendLeaf(index, leaf, drawId, entry.seq());
        return index;
    }

    /**
     * The log's size when the current transaction commits — the size of the checkpoint it publishes — or null when
     * the current transaction has appended nothing.
     */
    Long pendingTreeSize() {
        return TransactionSynchronizationManager.getResource(this) == null ? null : tree.tree().size();
    }

    /** One transaction's appends: checkpoint before commit, release the lock after completion. */
    private final class Appending implements TransactionSynchronization {
        private long from = -1;

        @Override
        public void beforeCommit(boolean readOnly) {
            long size = tree.tree().size();
            Hash32 root = tree.tree().root();
            store.advance(from, size, root);
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            SignedNote note = Checkpoint.at(origin(), size, root, at).sign(signer);
            String text = note.format();
            store.storeCheckpoint(new TransparencyLogStore.StoredCheckpoint(size, root.hex(), at, text));
            events.publish(new DrawLogCheckpointed(UUID.randomUUID(), at, origin(), size, root.hex(), text, at));
        }

        @Override
        public void afterCompletion(int status) {
            try {
                if (status != STATUS_COMMITTED) {
                    tree.invalidate();
                }
            } finally {
                TransactionSynchronizationManager.unbindResourceIfPossible(AnchorLogEntry.this);
                tree.lock().unlock();
            }
        }
    }
}
