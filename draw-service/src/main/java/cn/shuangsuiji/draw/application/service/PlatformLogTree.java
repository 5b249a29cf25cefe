package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.drawprotocol.tlog.TransparencyLog;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 平台抽取透明日志树 — this instance's in-memory copy of the platform draw log's Merkle tree
 * (docs/draw-protocol.md §16), restored from the stored leaf hashes and caught up with the stored head before
 * every use, under one lock. Restoring reads every leaf hash once ({@code TransparencyLog.of}: about 64 bytes of
 * heap per leaf, so a few million entries cost a few hundred MB and some seconds; beyond that the tree would need
 * the stored subtree hashes instead of the leaves).
 */
@Component
class PlatformLogTree {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformLogTree.class);

    private final TransparencyLogStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private TransparencyLog tree = new TransparencyLog();
    private boolean stale = true;

    PlatformLogTree(TransparencyLogStore store) {
        this.store = store;
    }

    /**
     * Restores the tree once the service is up, outside any transaction, so the first append does not read every
     * leaf inside its transaction. A failure here is not fatal: the first use restores the tree instead.
     */
    @EventListener(ApplicationReadyEvent.class)
    void restoreAtStart() {
        try {
            long size = read(TransparencyLog::size);
            LOG.info("draw transparency log restored: {} leaves", size);
        } catch (RuntimeException e) {
            LOG.warn("draw transparency log not restored at start ({}); the first use restores it", e.toString());
        }
    }

    ReentrantLock lock() {
        return lock;
    }

    /** The tree; only while holding the lock, after {@link #catchUp()}. */
    TransparencyLog tree() {
        return tree;
    }

    /** Under the lock: brings the tree to the stored head (entries appended by other instances, or a restart). */
    void catchUp() {
        long head = store.size();
        if (stale || tree.size() > head) {
            tree = TransparencyLog.of(store.leafHashes(0, head));
            stale = false;
        } else if (tree.size() < head) {
            store.leafHashes(tree.size(), head).forEach(tree::appendLeafHash);
        }
    }

    /** Under the lock: the appends of a rolled-back transaction are forgotten; the next use restores the tree. */
    void invalidate() {
        stale = true;
    }

    /** Runs {@code read} on the caught-up tree under the lock. */
    <T> T read(Function<TransparencyLog, T> read) {
        lock.lock();
        try {
            catchUp();
            return read.apply(tree);
        } finally {
            lock.unlock();
        }
    }
}
