package cn.shuangsuiji.registry.domain.snapshot;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * 默克尔树 — a streaming SHA-256 Merkle tree over records in canonical order: leaf = SHA-256(0x00 ‖ record),
 * node = SHA-256(0x01 ‖ left ‖ right), pairs taken left to right on each level, an odd last node promoted
 * unchanged, the root of no records = SHA-256 of the empty string. Keeps at most one pending node per level,
 * so a million records need 64 × 32 bytes.
 */
public final class MerkleTree {

    private final MessageDigest md;
    private final byte[] pending = new byte[65 * 32];
    private final boolean[] has = new boolean[65];
    private final byte[] carry = new byte[32];
    private long count;

    public MerkleTree() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the next record's leaf. */
    public void add(byte[] record, int offset, int length) {
        md.update((byte) 0);
        md.update(record, offset, length);
        digestInto(carry);
        int level = 0;
        while (has[level]) {
            combine(level);
            has[level] = false;
            level++;
        }
        System.arraycopy(carry, 0, pending, level * 32, 32);
        has[level] = true;
        count++;
    }

    public long count() {
        return count;
    }

    /** The root over every record added. */
    public byte[] root() {
        boolean haveCarry = false;
        byte[] saved = Arrays.copyOf(carry, 32);
        for (int l = 0; l < has.length; l++) {
            if (!has[l]) {
                continue;
            }
            if (haveCarry) {
                combine(l);
            } else {
                System.arraycopy(pending, l * 32, carry, 0, 32);
                haveCarry = true;
            }
        }
        byte[] root = haveCarry ? Arrays.copyOf(carry, 32) : md.digest();
        System.arraycopy(saved, 0, carry, 0, 32);
        return root;
    }

    /** carry = node(pending[level], carry). */
    private void combine(int level) {
        md.update((byte) 1);
        md.update(pending, level * 32, 32);
        md.update(carry, 0, 32);
        digestInto(carry);
    }

    private void digestInto(byte[] dst) {
        try {
            md.digest(dst, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }
}
