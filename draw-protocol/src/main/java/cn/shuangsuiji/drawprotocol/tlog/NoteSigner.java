package cn.shuangsuiji.drawprotocol.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * 签名私钥 — an Ed25519 private key with a key name that signs notes: the platform's log key
 * ({@link #ed25519}, type 0x01, signs checkpoints) or a witness key ({@link #cosigner}, type 0x04, adds
 * timestamped cosignature/v1 lines). Keep the private key out of logs and bundles.
 */
public final class NoteSigner {
    private final byte[] privateKey;
    private final NoteVerifierKey verifierKey;

    private NoteSigner(byte[] privateKey, NoteVerifierKey verifierKey) {
        this.privateKey = privateKey.clone();
        this.verifierKey = verifierKey;
    }

    /** A log key (type 0x01) from a 32-byte Ed25519 private key (seed). */
    public static NoteSigner ed25519(String name, byte[] privateKey) {
        return new NoteSigner(privateKey, NoteVerifierKey.ed25519(name, Ed25519.publicKey(privateKey)));
    }

    /** A witness key (type 0x04, cosignature/v1) from a 32-byte Ed25519 private key (seed). */
    public static NoteSigner cosigner(String name, byte[] privateKey) {
        return new NoteSigner(privateKey, NoteVerifierKey.cosigner(name, Ed25519.publicKey(privateKey)));
    }

    /** The public half, to publish. */
    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    public String name() {
        return verifierKey.name();
    }

    /** A type 0x01 signature over the note text (a log key only). */
    public NoteSignature sign(String text) {
        if (verifierKey.isCosigner()) {
            throw new IllegalStateException(name() + " is a cosigner key: use cosign(text, timestamp)");
        }
        SignedNote.requireText(text);
        return new NoteSignature(name(), verifierKey.keyId(),
                Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A cosignature/v1 (type 0x04) over the note text at {@code timestamp} (POSIX seconds; a witness key only). */
    public NoteSignature cosign(String text, long timestamp) {
        if (!verifierKey.isCosigner()) {
            throw new IllegalStateException(name() + " is a log key: use sign(text)");
        }
        SignedNote.requireText(text);
        byte[] sig = Ed25519.sign(privateKey, NoteKeys.cosignedMessage(text, timestamp));
        return new NoteSignature(name(), verifierKey.keyId(),
                ByteBuffer.allocate(72).putLong(timestamp).put(sig).array());
    }
}
