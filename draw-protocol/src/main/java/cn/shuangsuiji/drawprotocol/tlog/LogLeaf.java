package cn.shuangsuiji.drawprotocol.tlog;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;

/**
 * 日志叶子 — how a draw-log entry (docs/draw-protocol.md §11) becomes a leaf of the platform's transparency
 * log: the leaf's data is the entry's canonical encoding
 * {@code str("ssj.log") ‖ u64(seq) ‖ str(kind) ‖ str(at) ‖ str(actor) ‖ list(str key ‖ str value)} (fields
 * sorted by key), and its hash SHA-256(0x00 ‖ data). The per-draw chain hashes (prevHash, hash) are not part
 * of the leaf: the tree orders and fixes all entries of all draws.
 */
public final class LogLeaf {
    private LogLeaf() {
    }

    /** The leaf's data: the canonical entry of §11. */
    public static byte[] data(LogEntry e) {
        return LogEntry.encode(e.seq(), e.kind(), e.at(), e.actor(), e.fields());
    }

    /** The leaf hash: SHA-256(0x00 ‖ canonical entry). */
    public static Hash32 hash(LogEntry e) {
        return TransparencyLog.leafHash(data(e));
    }
}
