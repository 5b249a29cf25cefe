package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.drawprotocol.Hash32;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 透明日志存储 — the platform draw log's Merkle tree leaves, its head (size and root, the sequence document that
 * serialises appends) and its signed checkpoints. Leaves and the head are written in the transaction that writes
 * the draw-log entries they anchor.
 */
public interface TransparencyLogStore {

    /** The stored tree size (the head document's size; 0 for a new log). */
    long size();

    /** Leaf hashes with index in [from, to), in index order. */
    List<Hash32> leafHashes(long from, long to);

    /** Stores leaf {@code index}: the leaf hash of entry {@code seq} of draw {@code drawId}. */
    void appendLeaf(long index, Hash32 leafHash, String drawId, long seq);

    /**
     * Moves the head from size {@code from} to {@code to} with root {@code root}; throws
     * {@link org.springframework.dao.OptimisticLockingFailureException} if the stored size is not {@code from}.
     * Two transactions that append concurrently both write the head, so one of them aborts (write conflict).
     */
    void advance(long from, long to, Hash32 root);

    /** The leaf indexes of a draw's entries, in entry (seq) order. */
    List<Long> leafIndexes(String drawId);

    void storeCheckpoint(StoredCheckpoint checkpoint);

    Optional<StoredCheckpoint> latestCheckpoint();

    Optional<StoredCheckpoint> checkpoint(long treeSize);

    /**
     * 检查点 — a signed checkpoint as made.
     *
     * @param treeSize leaves covered
     * @param rootHash root, hex
     * @param signedAt its time
     * @param note     the signed note text
     */
    record StoredCheckpoint(long treeSize, String rootHash, Instant signedAt, String note) {
    }
}
