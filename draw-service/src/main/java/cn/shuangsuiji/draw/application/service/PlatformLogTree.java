package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.verifier.tlog.TransparencyLog;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
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

    private final TransparencyLogStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private TransparencyLog tree = new TransparencyLog();
    private boolean stale = true;

    PlatformLogTree(TransparencyLogStore store) {
        this.store = store;
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
