package cn.shuangsuiji.drawprotocol.beacon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.Hex;

/**
 * DEMO — not a public beacon. A BLS key pair of the same scheme as drand quicknet, for local runs and
 * tests on machines without the real beacon. Its secret key is derived from a published string, so
 * ANYONE can sign any round with it: a draw under this beacon is reproducible but NOT unpredictable,
 * and the verifier says so.
 */
public final class DemoBeacon {
    public static final String NETWORK = "ssj-demo";
    /** The published key-generation input: this makes the secret key public on purpose. */
    public static final String KEY_SEED = "ssj-draw DEMO beacon - not a public beacon - anyone can sign";
    /** DEMO — not a public beacon: public key (G2, compressed) of the key pair derived from {@link #KEY_SEED}. */
    public static final String PUBLIC_KEY = "919de290f4407eda83ffcb23ac1b0976a504a58260d933a47184e7534b87f11f"
            + "f6a54127ad2f9b0bb4b158bff9c70f150f56b822db24532735c50a356a467ea2673b4f0fc9881928f032020685a9f63e0"
            + "e1d15080a35494dd3208e5e6088a243";
    /** DEMO chain hash: SHA-256 of the public key bytes. */
    public static final String CHAIN_HASH = "74f2f914b4bf21eaf3e85240c2fd2834c09625812414b38f41edbff99d04178a";
    /** Same clock as quicknet, so round numbers mean the same times. */
    public static final long GENESIS_TIME = DrandQuicknet.GENESIS_TIME;
    public static final long PERIOD = DrandQuicknet.PERIOD;

    private DemoBeacon() {
    }

    public static BeaconSpec spec(long round) {
        return new BeaconSpec(NETWORK, CHAIN_HASH, PUBLIC_KEY, GENESIS_TIME, PERIOD, round);
    }

    /** Signs a round with the DEMO key: the 48-byte signature as lowercase hex. */
    public static String sign(long round) {
        return Hex.encode(Bls.signRound(ikm(), round));
    }

    /** Derives the public key from {@link #KEY_SEED} (tests check it equals {@link #PUBLIC_KEY}). */
    public static String derivePublicKey() {
        return Hex.encode(Bls.publicKey(ikm()));
    }

    private static byte[] ikm() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(KEY_SEED.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
