package cn.shuangsuiji.drawprotocol.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 验签公钥 — a public key that verifies signed-note signatures: a name, a signature type (0x01 Ed25519 for
 * the platform's log key, 0x04 Ed25519 cosignature/v1 for a witness) and the 32-byte Ed25519 public key.
 * Its text form (a C2SP "vkey", what the platform and each witness publish) is
 * {@code <name>+<8 hex digits of the key ID>+<base64(type ‖ public key)>}.
 */
public final class NoteVerifierKey {
    private final String name;
    private final int type;
    private final byte[] publicKey;
    private final int keyId;

    private NoteVerifierKey(String name, int type, byte[] publicKey) {
        this.name = NoteKeys.requireKeyName(name);
        if (type != NoteKeys.TYPE_ED25519 && type != NoteKeys.TYPE_COSIGNATURE) {
            throw new IllegalArgumentException("unsupported signature type 0x" + Integer.toHexString(type)
                    + " (0x01 Ed25519 or 0x04 Ed25519 cosignature)");
        }
        Ed25519.requireLength(publicKey, 32, "Ed25519 public key");
        this.type = type;
        this.publicKey = publicKey.clone();
        this.keyId = NoteKeys.keyId(name, type, publicKey);
    }

    /** The key of a log (platform) signing checkpoints with plain Ed25519 note signatures (type 0x01). */
    public static NoteVerifierKey ed25519(String name, byte[] publicKey) {
        return new NoteVerifierKey(name, NoteKeys.TYPE_ED25519, publicKey);
    }

    /** The key of a witness signing cosignature/v1 (type 0x04). */
    public static NoteVerifierKey cosigner(String name, byte[] publicKey) {
        return new NoteVerifierKey(name, NoteKeys.TYPE_COSIGNATURE, publicKey);
    }

    /** Parses a vkey; the stated key ID must match the one computed from name, type and key. */
    public static NoteVerifierKey parse(String vkey) {
        String v = vkey.strip();
        String[] parts = v.split("\\+", 3); // the base64 key may itself contain '+'
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is <name>+<hex key id>+<base64 key>: " + v);
        }
        byte[] material;
        try {
            material = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verifier key material is not base64", e);
        }
        if (material.length != 33) {
            throw new IllegalArgumentException("verifier key material is type ‖ 32-byte Ed25519 key");
        }
        NoteVerifierKey key = new NoteVerifierKey(parts[0], material[0] & 0xFF, Arrays.copyOfRange(material, 1, 33));
        if (!parts[1].toLowerCase(Locale.ROOT).equals(HexFormat.of().toHexDigits(key.keyId))
                || parts[1].length() != 8) {
            throw new IllegalArgumentException("verifier key " + parts[0] + ": key ID " + parts[1]
                    + " does not match the key (expected " + HexFormat.of().toHexDigits(key.keyId) + ")");
        }
        return key;
    }

    public String name() {
        return name;
    }

    /** 0x01 (Ed25519) or 0x04 (Ed25519 cosignature/v1). */
    public int type() {
        return type;
    }

    public boolean isCosigner() {
        return type == NoteKeys.TYPE_COSIGNATURE;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int keyId() {
        return keyId;
    }

    /** The text form: name+keyid+base64(type ‖ key). */
    public String vkey() {
        byte[] material = ByteBuffer.allocate(33).put((byte) type).put(publicKey).array();
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(material);
    }

    /** Whether {@code sig} is by this key (same name and key ID); says nothing about validity. */
    public boolean matches(NoteSignature sig) {
        return sig.keyName().equals(name) && sig.keyId() == keyId;
    }

    /**
     * Verifies a signature line of this key over a note's text. For a cosignature also returns false when
     * the timestamp is missing.
     */
    public boolean verify(String text, NoteSignature sig) {
        if (!matches(sig)) {
            return false;
        }
        byte[] s = sig.signature();
        if (type == NoteKeys.TYPE_ED25519) {
            return Ed25519.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), s);
        }
        if (s.length != 8 + 64) {
            return false;
        }
        long timestamp = ByteBuffer.wrap(s, 0, 8).getLong();
        if (timestamp < 0) {
            return false;
        }
        return Ed25519.verify(publicKey, NoteKeys.cosignedMessage(text, timestamp), Arrays.copyOfRange(s, 8, 72));
    }

    /** The timestamp (POSIX seconds) of a cosignature line of this key, or -1 for a type 0x01 key. */
    public long cosignatureTime(NoteSignature sig) {
        byte[] s = sig.signature();
        return type == NoteKeys.TYPE_COSIGNATURE && s.length >= 8 ? ByteBuffer.wrap(s, 0, 8).getLong() : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteVerifierKey k && k.name.equals(name) && k.type == type
                && Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return keyId;
    }

    @Override
    public String toString() {
        return vkey();
    }
}
