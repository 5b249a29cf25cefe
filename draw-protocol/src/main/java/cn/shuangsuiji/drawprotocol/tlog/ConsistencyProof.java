package cn.shuangsuiji.drawprotocol.tlog;

import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;

/**
 * 一致性证明 — the tree of {@code oldSize} leaves is a prefix of the tree of {@code newSize} leaves
 * (RFC 9162 §2.1.4.1). JSON (as the API serves it):
 * {@code {"oldSize": 6, "newSize": 8, "proof": ["<64 hex>", …]}}.
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash32> proof) {
    public ConsistencyProof {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("consistency proof needs 0 ≤ oldSize ≤ newSize");
        }
        proof = List.copyOf(proof);
    }

    /** Verifies the proof between two roots. */
    public boolean verify(Hash32 oldRoot, Hash32 newRoot) {
        return LogProofs.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
    }

    /** Verifies the proof between two checkpoints (origins and sizes must match the proof). */
    public boolean verify(Checkpoint older, Checkpoint newer) {
        return older.origin().equals(newer.origin()) && older.treeSize() == oldSize && newer.treeSize() == newSize
                && verify(older.rootHash(), newer.rootHash());
    }
}
