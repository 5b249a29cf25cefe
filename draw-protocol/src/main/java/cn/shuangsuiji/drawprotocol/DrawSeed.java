package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 随机种子 — the seed and the two domain-separated ranking keys (docs/draw-protocol.md §5):
 * <pre>
 * ikm  = str("ssj.seed") ‖ h32(beacon randomness) ‖ list(str source value) ‖ list(str witness reveal)
 * prk  = HMAC-SHA256(key = commitment hash, ikm)                      (HKDF-Extract, salt = commitment hash)
 * seed = HMAC-SHA256(key = prk, "ssj-draw-v1" ‖ 0x01)                 (HKDF-Expand, info = algorithm, L = 32)
 * Kt   = HMAC-SHA256(key = seed, "ssj-draw-v1/target" ‖ 0x01)         (HKDF-Expand)
 * Ki   = HMAC-SHA256(key = seed, "ssj-draw-v1/inspector" ‖ 0x01)      (HKDF-Expand)
 * </pre>
 */
public record DrawSeed(Hash32 seed, Hash32 targetKey, Hash32 inspectorKey) {

    /** Derives the seed from the commitment hash and the revealed inputs (not checked here). */
    public static DrawSeed derive(Hash32 commitmentHash, Hash32 beaconRandomness, List<String> sourceValues,
            List<String> witnessReveals) {
        Canonical ikm = new Canonical();
        ikm.str("ssj.seed").h32(beaconRandomness).strList(sourceValues).strList(witnessReveals);
        byte[] prk = Sha256.hmac(commitmentHash.bytes(), ikm.toByteArray());
        return fromSeed(Hash32.of(expand(prk, DrawCommitment.ALGORITHM)));
    }

    /** The ranking keys of a published seed. */
    public static DrawSeed fromSeed(Hash32 seed) {
        byte[] s = seed.bytes();
        return new DrawSeed(seed, Hash32.of(expand(s, DrawCommitment.ALGORITHM + "/target")),
                Hash32.of(expand(s, DrawCommitment.ALGORITHM + "/inspector")));
    }

    /** HKDF-Expand with L = 32: HMAC(prk, info ‖ 0x01). */
    private static byte[] expand(byte[] prk, String info) {
        byte[] i = info.getBytes(StandardCharsets.UTF_8);
        byte[] m = java.util.Arrays.copyOf(i, i.length + 1);
        m[i.length] = 1;
        return Sha256.hmac(prk, m);
    }
}
