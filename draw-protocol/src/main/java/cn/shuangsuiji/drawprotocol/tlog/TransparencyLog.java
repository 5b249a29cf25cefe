package cn.shuangsuiji.drawprotocol.tlog;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;

/**
 * 透明日志 — an append-only Merkle-tree log in the style of RFC 9162 §2.1 (RFC 6962 hashing): leaf =
 * SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right), a tree of n > 1 leaves split at the largest
 * power of two smaller than n, the empty tree's root = SHA-256(""). Computes the root of the first n
 * entries, inclusion proofs (audit paths, §2.1.3.1) and consistency proofs (§2.1.4.1) between two sizes;
 * {@link LogProofs} verifies them.
 *
 * <p>Hashes of complete, aligned subtrees are kept as the log grows, so a root or a proof costs
 * O(log² n) node hashes. Not thread-safe: the owner serialises appends (draw-service appends inside the
 * transaction that writes the entry). To restore a log from storage, keep the leaf hashes and use
 * {@link #of(List)}. Holds up to 2^31 − 1 leaves in memory (64 bytes per leaf).
 */
public final class TransparencyLog {
    /** levels.get(k).get(i) = root of the complete subtree of leaves [i·2^k, (i+1)·2^k). */
    private final List<List<Hash32>> levels = new ArrayList<>();

    public TransparencyLog() {
        levels.add(new ArrayList<>());
    }

    /** A log holding the given leaf hashes, in order. */
    public static TransparencyLog of(List<Hash32> leafHashes) {
        TransparencyLog log = new TransparencyLog();
        leafHashes.forEach(log::appendLeafHash);
        return log;
    }

    /** RFC 6962 leaf hash: SHA-256(0x00 ‖ entry). */
    public static Hash32 leafHash(byte[] entry) {
        return Merkle.leaf(entry);
    }

    /** Appends an entry (its bytes are hashed as a leaf); returns its leaf index (0-based). */
    public long append(byte[] entry) {
        return appendLeafHash(leafHash(entry));
    }

    /** Appends an already computed leaf hash; returns its leaf index (0-based). */
    public long appendLeafHash(Hash32 leafHash) {
        if (leafHash == null) {
            throw new IllegalArgumentException("leaf hash missing");
        }
        long index = size();
        if (index == Integer.MAX_VALUE) {
            throw new IllegalStateException("a TransparencyLog holds at most 2^31 − 1 leaves");
        }
        Hash32 carry = leafHash;
        int level = 0;
        while (true) {
            List<Hash32> nodes = levels.get(level);
            nodes.add(carry);
            if (nodes.size() % 2 != 0) {
                break;
            }
            carry = Merkle.node(nodes.get(nodes.size() - 2), carry);
            level++;
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
        }
        return index;
    }

    /** Number of leaves. */
    public long size() {
        return levels.get(0).size();
    }

    /** Leaf hash at {@code index}. */
    public Hash32 leafHashAt(long index) {
        checkIndex(index, size());
        return levels.get(0).get((int) index);
    }

    /** All leaf hashes, in order (what to persist). */
    public List<Hash32> leafHashes() {
        return List.copyOf(levels.get(0));
    }

    /** Root of the whole log. */
    public Hash32 root() {
        return root(size());
    }

    /** MTH(D[0:size]): the root the log had when it held {@code size} leaves. */
    public Hash32 root(long size) {
        checkSize(size);
        return size == 0 ? Merkle.EMPTY_ROOT : subtree(0, (int) size);
    }

    /**
     * PATH(index, D[0:size]) of RFC 9162 §2.1.3.1: the audit path proving leaf {@code index} is in the tree
     * of the first {@code size} leaves, bottom-up.
     */
    public List<Hash32> inclusionProof(long index, long size) {
        checkSize(size);
        checkIndex(index, size);
        List<Hash32> path = new ArrayList<>();
        path((int) index, 0, (int) size, path);
        return List.copyOf(path);
    }

    /**
     * PROOF(older, D[0:newer]) of RFC 9162 §2.1.4.1: the consistency proof between the trees of the first
     * {@code older} and the first {@code newer} leaves. Empty when older = 0 or older = newer.
     */
    public List<Hash32> consistencyProof(long older, long newer) {
        checkSize(newer);
        if (older < 0 || older > newer) {
            throw new IllegalArgumentException("consistency proof needs 0 ≤ older ≤ newer, got " + older + ", " + newer);
        }
        List<Hash32> proof = new ArrayList<>();
        if (older > 0 && older < newer) {
            subproof((int) older, 0, (int) newer, true, proof);
        }
        return List.copyOf(proof);
    }

    // ------------------------------------------------------------------ RFC 9162 recursions over ranges

    /** MTH(D[start : start+n]), n ≥ 1. */
    private Hash32 subtree(int start, int n) {
        if (Integer.bitCount(n) == 1 && start % n == 0) {
            int level = Integer.numberOfTrailingZeros(n);
            return levels.get(level).get(start / n);
        }
        int k = split(n);
        return Merkle.node(subtree(start, k), subtree(start + k, n - k));
    }

    private void path(int m, int start, int n, List<Hash32> out) {
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(subtree(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(subtree(start, k));
        }
    }

    private void subproof(int m, int start, int n, boolean whole, List<Hash32> out) {
        if (m == n) {
            if (!whole) {
                out.add(subtree(start, n));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, start, k, whole, out);
            out.add(subtree(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(subtree(start, k));
        }
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void checkSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("tree size " + size + " outside 0.." + size());
        }
    }

    private static void checkIndex(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " outside 0.." + (size - 1));
        }
    }
}
