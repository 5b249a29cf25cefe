package cn.shuangsuiji.drawprotocol;

import java.security.MessageDigest;
import java.util.Arrays;

/** 摘要值 — an immutable 32-byte value (a SHA-256 digest, a Merkle root, a seed or a derived key). */
public final class Hash32 {
    /** 32 zero bytes: the genesis "previous hash" of the draw log. */
    public static final Hash32 ZERO = new Hash32(new byte[32]);

    private final byte[] bytes;

    private Hash32(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash32 of(byte[] bytes) {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException("a Hash32 has exactly 32 bytes");
        }
        return new Hash32(bytes.clone());
    }

    public static Hash32 fromHex(String hex) {
        return new Hash32(Hex.decode(hex, 32, "hash"));
    }

    /** SHA-256 of {@code data}. */
    public static Hash32 sha256(byte[] data) {
        return new Hash32(Sha256.newDigest().digest(data));
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Feeds the bytes to a digest without copying them. */
    public void updateDigest(MessageDigest digest) {
        digest.update(bytes);
    }

    byte[] raw() {
        return bytes;
    }

    public String hex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash32 h && MessageDigest.isEqual(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
