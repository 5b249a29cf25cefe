package cn.shuangsuiji.drawprotocol.tlog;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;

/**
 * 证明核验 — verification of inclusion and consistency proofs exactly as RFC 9162 §2.1.3.2 and §2.1.4.2
 * describe. Needs no tree: only the proof, the sizes and the roots. Never throws on a bad proof; returns
 * false.
 */
public final class LogProofs {
    private LogProofs() {
    }

    /**
     * RFC 9162 §2.1.3.2: does {@code proof} show that {@code leafHash} is leaf {@code index} of the tree of
     * {@code treeSize} leaves whose root is {@code root}?
     */
    public static boolean verifyInclusion(Hash32 leafHash, long index, long treeSize, List<Hash32> proof,
            Hash32 root) {
        if (leafHash == null || root == null || proof == null || index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        Hash32 r = leafHash;
        for (Hash32 p : proof) {
            if (p == null || sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Merkle.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = Merkle.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && r.equals(root);
    }

    /**
     * RFC 9162 §2.1.4.2: does {@code proof} show that the tree of {@code older} leaves with root
     * {@code olderRoot} is a prefix of the tree of {@code newer} leaves with root {@code newerRoot}?
     * older = newer: the proof must be empty and the roots equal; older = 0: the proof must be empty and
     * {@code olderRoot} the empty tree's root (every tree extends the empty one).
     */
    public static boolean verifyConsistency(long older, long newer, Hash32 olderRoot, Hash32 newerRoot,
            List<Hash32> proof) {
        if (olderRoot == null || newerRoot == null || proof == null || older < 0 || older > newer) {
            return false;
        }
        if (older == newer) {
            return proof.isEmpty() && olderRoot.equals(newerRoot);
        }
        if (older == 0) {
            return proof.isEmpty() && olderRoot.equals(Merkle.EMPTY_ROOT);
        }
        if (proof.isEmpty() || proof.stream().anyMatch(java.util.Objects::isNull)) {
            return false;
        }
        List<Hash32> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(older) == 1) {
            path.add(olderRoot);
        }
        path.addAll(proof);
        long fn = older - 1;
        long sn = newer - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Hash32 fr = path.get(0);
        Hash32 sr = path.get(0);
        for (Hash32 c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Merkle.node(c, fr);
                sr = Merkle.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = Merkle.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && fr.equals(olderRoot) && sr.equals(newerRoot);
    }
}
