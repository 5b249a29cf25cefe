package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * 排序键 — the per-candidate keys (docs/draw-protocol.md §6), one at a time (the engine computes them
 * in bulk with the same definition):
 * <pre>
 * targetKey(id)         = u64 of the first 8 bytes of SHA-256(Kt ‖ UTF-8(id))
 * inspectorKey(t, i)    = u64 of the first 8 bytes of SHA-256(Ki ‖ UTF-8(t) ‖ 0x00 ‖ UTF-8(i))
 * </pre>
 * read big-endian and unsigned; candidates are ordered by key, ties by id bytes.
 */
public final class RankKeys {
    private RankKeys() {
    }

    public static long target(DrawSeed seed, String targetId) {
        MessageDigest md = Sha256.newDigest();
        seed.targetKey().updateDigest(md);
        md.update(targetId.getBytes(StandardCharsets.UTF_8));
        return first8(md.digest());
    }

    public static long inspector(DrawSeed seed, String targetId, String inspectorId) {
        MessageDigest md = Sha256.newDigest();
        seed.inspectorKey().updateDigest(md);
        md.update(targetId.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(inspectorId.getBytes(StandardCharsets.UTF_8));
        return first8(md.digest());
    }

    static long first8(byte[] d) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        return v;
    }

    /** Protocol order: unsigned key, then unsigned UTF-8 id bytes. */
    public static int compare(long keyA, String idA, long keyB, String idB) {
        int c = Long.compareUnsigned(keyA, keyB);
        return c != 0 ? c : Text.compareUtf8(idA, idB);
    }
}
