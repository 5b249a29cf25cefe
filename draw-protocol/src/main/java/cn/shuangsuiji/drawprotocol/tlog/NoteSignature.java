package cn.shuangsuiji.drawprotocol.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * 签名行 — one signature line of a C2SP signed note: {@code — <key name> <base64(key ID ‖ signature)>}.
 * For an Ed25519 signature (type 0x01) {@code signature} is the 64-byte signature; for an Ed25519
 * cosignature (type 0x04, c2sp.org/tlog-cosignature) it is u64 timestamp ‖ 64-byte signature.
 *
 * @param keyName   the signer's key name (non-empty, no Unicode spaces, no '+')
 * @param keyId     the 32-bit key ID, first 4 bytes of SHA-256(name ‖ 0x0A ‖ type ‖ public key)
 * @param signature the signature bytes after the key ID
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    /** The em dash U+2014 and a space that open every signature line. */
    public static final String DASH = "\u2014 ";

    public NoteSignature {
        NoteKeys.requireKeyName(keyName);
        if (signature == null || signature.length == 0) {
            throw new IllegalArgumentException("empty signature");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line, without its final newline. */
    public String line() {
        byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return DASH + keyName + " " + Base64.getEncoder().encodeToString(payload);
    }

    /** Parses a line (without its final newline). */
    public static NoteSignature parseLine(String line) {
        if (!line.startsWith(DASH)) {
            throw new IllegalArgumentException("a signature line starts with an em dash and a space: " + line);
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException("a signature line is '— <name> <base64>': " + line);
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(rest.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signature is not base64: " + line, e);
        }
        if (payload.length < 5) {
            throw new IllegalArgumentException("signature too short: " + line);
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        int id = b.getInt();
        return new NoteSignature(rest.substring(0, space), id, Arrays.copyOfRange(payload, 4, payload.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature s && s.keyName.equals(keyName) && s.keyId == keyId
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return keyName.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return line();
    }
}
