package cn.shuangsuiji.drawprotocol.tlog;

import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;

/**
 * 包含证明 — leaf {@code leafIndex} is in the tree of {@code treeSize} leaves: the audit path of RFC 9162
 * §2.1.3.1, bottom-up. JSON (as the API serves it):
 * {@code {"leafIndex": 5, "treeSize": 8, "proof": ["<64 hex>", …]}}.
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash32> proof) {
    public InclusionProof {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("inclusion proof needs 0 ≤ leafIndex < treeSize");
        }
        proof = List.copyOf(proof);
    }

    /** Verifies the proof for {@code leafHash} against {@code root} (the root at {@link #treeSize}). */
    public boolean verify(Hash32 leafHash, Hash32 root) {
        return LogProofs.verifyInclusion(leafHash, leafIndex, treeSize, proof, root);
    }
}
