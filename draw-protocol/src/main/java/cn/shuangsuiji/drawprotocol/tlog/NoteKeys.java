package cn.shuangsuiji.drawprotocol.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names, key IDs and signed messages shared by {@link NoteSigner} and {@link NoteVerifierKey}. */
final class NoteKeys {
    /** Signature type 0x01: Ed25519 over the note text (c2sp.org/signed-note). */
    static final int TYPE_ED25519 = 0x01;
    /** Signature type 0x04: timestamped Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature). */
    static final int TYPE_COSIGNATURE = 0x04;

    private NoteKeys() {
    }

    static String requireKeyName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a key name is non-empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("a key name has no spaces, '+' or control characters: " + name);
            }
        }
        return name;
    }

    /** SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
    static int keyId(String name, int type, byte[] publicKey) {
        MessageDigest md = sha256();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x0A);
        md.update((byte) type);
        md.update(publicKey);
        return ByteBuffer.wrap(md.digest(), 0, 4).getInt();
    }

    /** The message a cosignature/v1 signs: "cosignature/v1\ntime <timestamp>\n" ‖ note text. */
    static byte[] cosignedMessage(String text, long timestamp) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp must be ≥ 0");
        }
        return ("cosignature/v1\ntime " + timestamp + "\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
