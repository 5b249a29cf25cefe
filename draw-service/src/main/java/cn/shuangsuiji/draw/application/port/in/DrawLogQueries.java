package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import java.util.List;
import java.util.Optional;

/**
 * 抽取透明日志查询 — what anyone may read of the platform draw transparency log (docs/draw-protocol.md §16): only
 * hashes, signed checkpoints and the public key, so no caller is checked.
 */
public interface DrawLogQueries {

    /** The latest signed checkpoint (signed-note text), if any entry was logged. */
    Optional<String> latestCheckpoint();

    /** The checkpoint made when the log reached {@code treeSize}, if one was made at that size. */
    Optional<String> checkpoint(long treeSize);

    /** The platform's log verifier key ({@code <name>+<key id>+<base64>}). */
    String verifierKey();

    /** Inclusion proof of leaf {@code index} in the tree of the first {@code treeSize} leaves. */
    ProofJson.Inclusion inclusion(long index, long treeSize);

    /** Consistency proof between the trees of the first {@code from} and the first {@code to} leaves. */
    ProofJson.Consistency consistency(long from, long to);

    /** The leaf indexes of a draw's log entries, in entry order (seq 1, 2, …). */
    DrawLeaves leaves(String drawId);

    /**
     * 抽取的日志叶子 — where a draw's entries sit in the platform log.
     *
     * @param drawId the draw
     * @param leaves one per entry, in seq order
     */
    record DrawLeaves(String drawId, List<Leaf> leaves) {
    }

    /** Entry {@code seq} of the draw is leaf {@code leafIndex}. */
    record Leaf(long seq, long leafIndex) {
    }
}
