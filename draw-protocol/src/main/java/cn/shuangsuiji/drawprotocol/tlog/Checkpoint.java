package cn.shuangsuiji.drawprotocol.tlog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import cn.shuangsuiji.drawprotocol.Hash32;

/**
 * 检查点 — a C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the note text
 * <pre>
 * &lt;origin&gt;\n
 * &lt;tree size, decimal, no leading zeros&gt;\n
 * &lt;base64 root hash&gt;\n
 * [extension lines, each non-empty]\n
 * </pre>
 * The platform writes one extension line {@code time yyyy-MM-ddTHH:mm:ssZ} (when it made the checkpoint).
 * Signed as a {@link SignedNote} by the platform's log key; witnesses add cosignatures.
 *
 * @param origin     the log's identity, e.g. {@code shuangsuiji.cn/draw-log}; no spaces or '+'
 * @param treeSize   number of leaves
 * @param rootHash   RFC 6962 root of the first {@code treeSize} leaves
 * @param extensions extension lines (without newlines), possibly empty
 */
public record Checkpoint(String origin, long treeSize, Hash32 rootHash, List<String> extensions) {
    /** Prefix of the platform's time extension line. */
    public static final String TIME_PREFIX = "time ";

    public Checkpoint {
        NoteKeys.requireKeyName(origin);
        if (treeSize < 0 || rootHash == null) {
            throw new IllegalArgumentException("a checkpoint has a tree size ≥ 0 and a root hash");
        }
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (e.isEmpty() || e.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an extension line is non-empty and one line");
            }
        }
    }

    /** The platform's checkpoint: origin, size, root and one {@code time} extension line. */
    public static Checkpoint at(String origin, long treeSize, Hash32 rootHash, Instant time) {
        return new Checkpoint(origin, treeSize, rootHash,
                List.of(TIME_PREFIX + Instant.ofEpochSecond(time.getEpochSecond())));
    }

    /** The note text (what is signed). */
    public String body() {
        StringBuilder b = new StringBuilder();
        b.append(origin).append('\n').append(treeSize).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash.bytes())).append('\n');
        for (String e : extensions) {
            b.append(e).append('\n');
        }
        return b.toString();
    }

    /** The time extension, if present and well-formed. */
    public Optional<Instant> time() {
        for (String e : extensions) {
            if (e.startsWith(TIME_PREFIX)) {
                try {
                    return Optional.of(Instant.parse(e.substring(TIME_PREFIX.length())));
                } catch (DateTimeParseException x) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Signs the body with the log key: the signed note to publish. */
    public SignedNote sign(NoteSigner logKey) {
        return SignedNote.sign(body(), logKey);
    }

    /** Parses a note text (the body of a signed note) strictly. */
    public static Checkpoint parse(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint body ends with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new IllegalArgumentException("a checkpoint has at least three lines: origin, size, root hash");
        }
        String size = lines[1];
        if (!size.matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("checkpoint tree size is not a decimal without leading zeros: " + size);
        }
        long n;
        try {
            n = Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint tree size too large: " + size, e);
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("checkpoint root hash is not base64: " + lines[2], e);
        }
        if (root.length != 32 || !Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw new IllegalArgumentException("checkpoint root hash is not the base64 of 32 bytes: " + lines[2]);
        }
        List<String> ext = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            ext.add(lines[i]);
        }
        return new Checkpoint(lines[0], n, Hash32.of(root), ext);
    }

    /** Parses the checkpoint a signed note carries (signatures not verified). */
    public static Checkpoint of(SignedNote note) {
        return parse(note.text());
    }

    /**
     * Parses a signed checkpoint and verifies the log key's signature.
     *
     * @throws IllegalArgumentException if malformed, unsigned by {@code logKey}, or its signature fails
     */
    public static Checkpoint open(String signedNote, NoteVerifierKey logKey) {
        SignedNote note = SignedNote.parse(signedNote);
        SignedNote.Verification v = note.verify(logKey);
        if (v != SignedNote.Verification.VERIFIED) {
            throw new IllegalArgumentException("checkpoint signature of " + logKey.name() + ": " + v);
        }
        return of(note);
    }

    @Override
    public String toString() {
        return origin + " size " + treeSize + " root " + rootHash;
    }
}
