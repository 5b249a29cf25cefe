package cn.shuangsuiji.drawprotocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and HMAC-SHA256 from the JDK. */
final class Sha256 {
    private static final MessageDigest PROTOTYPE = create();

    private Sha256() {
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A fresh digest, cloned from a prototype (cheaper than a provider look-up). */
    static MessageDigest newDigest() {
        try {
            synchronized (PROTOTYPE) {
                return (MessageDigest) PROTOTYPE.clone();
            }
        } catch (CloneNotSupportedException e) {
            return create();
        }
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
