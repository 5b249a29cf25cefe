package cn.shuangsuiji.drawprotocol.tlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 (RFC 8032) from the JDK ({@code java.security}, no extra library), on raw keys: a private key is
 * its 32-byte seed, a public key its 32-byte encoding, a signature 64 bytes. Deterministic: the same seed
 * and message always give the same signature.
 */
public final class Ed25519 {
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    /** DER prefix of an Ed25519 PKCS#8 private key (RFC 8410); the 32-byte seed follows. */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private Ed25519() {
    }

    /** A fresh random private key (seed). */
    public static byte[] newPrivateKey(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return seed;
    }

    /** The public key of a private key (seed). */
    public static byte[] publicKey(byte[] privateKey) {
        requireLength(privateKey, 32, "Ed25519 private key");
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            // the JDK's generator takes the 32-byte private key from the random source it is given
            g.initialize(NamedParameterSpec.ED25519, new FixedBytes(privateKey));
            KeyPair kp = g.generateKeyPair();
            byte[] seed = ((EdECPrivateKey) kp.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(seed, privateKey)) {
                throw new IllegalStateException("the JDK's Ed25519 generator did not use the given private key");
            }
            return raw(kp.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** Signs {@code message}; 64 bytes. */
    public static byte[] sign(byte[] privateKey, byte[] message) {
        requireLength(privateKey, 32, "Ed25519 private key");
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, privateKey)));
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** True iff {@code signature} is a valid signature of {@code message} under {@code publicKey}. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != 32 || signature == null || signature.length != 64
                || message == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, publicKey)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void requireLength(byte[] b, int n, String what) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException(what + " must have " + n + " bytes");
        }
    }

    /** A "random" source that yields the given bytes once (to hand a known seed to the key generator). */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("unexpected request for " + out.length + " random bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
