package cn.shuangsuiji.drawprotocol.tlog;

import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;

/**
 * 见证方 — an independent witness of the draw log: anyone can run one with their own Ed25519 key. It keeps
 * the last checkpoint it cosigned; shown a new checkpoint signed by the platform's log key and a consistency
 * proof from its last one, it verifies both and only then adds its cosignature/v1 line. It therefore never
 * cosigns two checkpoints that are not consistent with each other — a rewritten or truncated history would
 * need every witness's cooperation.
 *
 * <p>Not thread-safe; the operator persists {@link #lastCheckpoint()} (e.g. as the last cosigned note) and
 * passes it back when restarting.
 */
public final class Witness {
    private final NoteSigner key;
    private final NoteVerifierKey logKey;
    private Checkpoint last;

    /**
     * @param key    the witness's cosigner key ({@link NoteSigner#cosigner})
     * @param logKey the platform's published log key
     * @param last   the last checkpoint this witness cosigned, or null for a new witness (it then trusts the
     *               first checkpoint it sees — start it from a checkpoint obtained independently)
     */
    public Witness(NoteSigner key, NoteVerifierKey logKey, Checkpoint last) {
        if (key.verifierKey().type() != NoteKeys.TYPE_COSIGNATURE) {
            throw new IllegalArgumentException("a witness signs with a cosigner key (type 0x04)");
        }
        if (last != null && !last.origin().equals(logKey.name())) {
            throw new IllegalArgumentException("the last checkpoint is of another log: " + last.origin());
        }
        this.key = key;
        this.logKey = logKey;
        this.last = last;
    }

    /** The last checkpoint cosigned (null before the first). */
    public Checkpoint lastCheckpoint() {
        return last;
    }

    /**
     * Cosigns a new checkpoint.
     *
     * @param signedCheckpoint the platform's signed note
     * @param consistencyProof the proof from {@link #lastCheckpoint()}'s size to the new size (empty for the
     *                         first checkpoint or an unchanged size)
     * @param timestamp        now, POSIX seconds
     * @return the note with this witness's cosignature added
     * @throws IllegalArgumentException when the log signature, the origin or the consistency proof fails, or
     *                                  the tree shrank; nothing is signed and the state is unchanged
     */
    public SignedNote cosign(String signedCheckpoint, List<Hash32> consistencyProof, long timestamp) {
        SignedNote note = SignedNote.parse(signedCheckpoint);
        if (note.verify(logKey) != SignedNote.Verification.VERIFIED) {
            throw new IllegalArgumentException("the checkpoint is not signed by the log key " + logKey.name());
        }
        Checkpoint next = Checkpoint.of(note);
        if (!next.origin().equals(logKey.name())) {
            throw new IllegalArgumentException("the checkpoint's origin " + next.origin() + " is not the log "
                    + logKey.name());
        }
        if (last != null) {
            if (next.treeSize() < last.treeSize()) {
                throw new IllegalArgumentException("the log shrank from " + last.treeSize() + " to " + next.treeSize());
            }
            if (!LogProofs.verifyConsistency(last.treeSize(), next.treeSize(), last.rootHash(), next.rootHash(),
                    consistencyProof)) {
                throw new IllegalArgumentException("checkpoint " + next + " is not consistent with the last cosigned "
                        + last + ": refusing to cosign");
            }
        }
        SignedNote cosigned = note.with(key.cosign(note.text(), timestamp));
        last = next;
        return cosigned;
    }
}
