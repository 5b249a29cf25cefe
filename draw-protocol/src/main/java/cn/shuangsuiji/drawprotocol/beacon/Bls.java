package cn.shuangsuiji.drawprotocol.beacon;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import supranational.blst.BLST_ERROR;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.SecretKey;

/**
 * drand's BLS scheme {@code bls-unchained-g1-rfc9380} on BLS12-381 through supranational blst
 * (tech.pegasys:jblst): signatures on G1 (48 bytes compressed), public keys on G2 (96 bytes), message =
 * SHA-256(round as 8-byte big-endian), hash-to-curve per RFC 9380 with {@link #DST}.
 */
final class Bls {
    /** Hash-to-curve domain separation tag of the G1-signature ("min-sig") variant. */
    static final String DST = "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_";

    private Bls() {
    }

    /** The signed message of a round: SHA-256(round as u64 big-endian). */
    static byte[] roundMessage(long round) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(8).putLong(round).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code signature} (G1) is a valid signature of {@code round} under {@code publicKey} (G2). */
    static boolean verifyRound(byte[] publicKey, long round, byte[] signature) {
        if (publicKey.length != 96 || signature.length != 48) {
            return false;
        }
        try {
            P1_Affine sig = new P1_Affine(signature);
            P2_Affine pk = new P2_Affine(publicKey);
            if (!sig.in_group() || !pk.in_group() || pk.is_inf()) {
                return false;
            }
            return sig.core_verify(pk, true, roundMessage(round), DST) == BLST_ERROR.BLST_SUCCESS;
        } catch (RuntimeException badEncoding) {
            // blst rejects bytes that are no point encoding by throwing
            return false;
        }
    }

    /** Public key (G2, compressed) of a secret key derived from {@code ikm} (≥ 32 bytes, IETF KeyGen). */
    static byte[] publicKey(byte[] ikm) {
        return new P2(secretKey(ikm)).compress();
    }

    /** Signature (G1, compressed) of a round with the key derived from {@code ikm}. */
    static byte[] signRound(byte[] ikm, long round) {
        return new P1().hash_to(roundMessage(round), DST).sign_with(secretKey(ikm)).compress();
    }

    private static SecretKey secretKey(byte[] ikm) {
        SecretKey sk = new SecretKey();
        sk.keygen(ikm);
        return sk;
    }
}
