package cn.shuangsuiji.disclosure.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Stores the draw log's checkpoints, one per tree size; the first one kept for a size is never replaced. */
public interface CheckpointStore {

    /** Keeps the checkpoint unless one of that size is kept; returns the one kept for that size. */
    KeptCheckpoint keep(KeptCheckpoint checkpoint);

    Optional<KeptCheckpoint> latest();

    Optional<KeptCheckpoint> bySize(long treeSize);

    /**
     * A checkpoint as kept.
     *
     * @param treeSize leaves covered
     * @param origin   the log's origin
     * @param rootHash root, hex
     * @param signedAt its time
     * @param note     the signed note
     */
    record KeptCheckpoint(long treeSize, String origin, String rootHash, Instant signedAt, String note) {
    }
}
