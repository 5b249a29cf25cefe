package cn.shuangsuiji.drawprotocol.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * 签名文本 — a C2SP signed note (c2sp.org/signed-note): a UTF-8 text ending in a newline, a blank line, then
 * one or more signature lines {@code — <name> <base64(key ID ‖ signature)>}. No ASCII control characters
 * other than newline anywhere. The text is separated from the signatures by the last blank line. Texts with
 * empty lines (allowed by the spec, never used by checkpoints) are not supported here.
 */
public final class SignedNote {
    /** Signature lines accepted when parsing (the spec asks for at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private final String text;
    private final List<NoteSignature> signatures;

    private SignedNote(String text, List<NoteSignature> signatures) {
        this.text = requireText(text);
        this.signatures = List.copyOf(signatures);
    }

    /** A note with the given signatures (at least one to be formatted). */
    public static SignedNote of(String text, List<NoteSignature> signatures) {
        return new SignedNote(text, signatures);
    }

    /** Signs {@code text} with a log key. */
    public static SignedNote sign(String text, NoteSigner signer) {
        return new SignedNote(text, List.of(signer.sign(text)));
    }

    /** Parses a note; signatures are not verified (see {@link #verify}). */
    public static SignedNote parse(String note) {
        if (note == null || !note.endsWith("\n")) {
            throw new IllegalArgumentException("a signed note ends with a newline");
        }
        requireNoControls(note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("a signed note has a blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new IllegalArgumentException("more than " + MAX_SIGNATURES + " signatures");
        }
        List<NoteSignature> sigs = new ArrayList<>();
        for (String line : lines) {
            sigs.add(NoteSignature.parseLine(line));
        }
        return new SignedNote(text, sigs);
    }

    /** The signed text, including its final newline. */
    public String text() {
        return text;
    }

    public List<NoteSignature> signatures() {
        return signatures;
    }

    /** This note with one more signature line (a witness's cosignature, a second log key). */
    public SignedNote with(NoteSignature signature) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new SignedNote(text, all);
    }

    /** The outcome of checking one key's signature on a note. */
    public enum Verification {
        /** a signature line of the key verifies, and none of its lines fails */
        VERIFIED,
        /** a signature line names the key (name and key ID) but does not verify: reject the whole note */
        FAILED,
        /** no signature line names the key */
        ABSENT
    }

    /**
     * Checks {@code key}'s signature. Lines of other keys are ignored, as the spec requires (a line with the
     * same name but another key ID is another key).
     */
    public Verification verify(NoteVerifierKey key) {
        boolean any = false;
        for (NoteSignature s : signatures) {
            if (!key.matches(s)) {
                continue;
            }
            if (!key.verify(text, s)) {
                return Verification.FAILED;
            }
            any = true;
        }
        return any ? Verification.VERIFIED : Verification.ABSENT;
    }

    /** The note: text, blank line, one line per signature. */
    public String format() {
        if (signatures.isEmpty()) {
            throw new IllegalStateException("a signed note has at least one signature");
        }
        StringBuilder b = new StringBuilder(text).append('\n');
        for (NoteSignature s : signatures) {
            b.append(s.line()).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return signatures.isEmpty() ? text : format();
    }

    static String requireText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a note text is non-empty and ends with a newline");
        }
        if (text.startsWith("\n") || text.contains("\n\n")) {
            throw new IllegalArgumentException("a note text signed here has no empty lines");
        }
        requireNoControls(text);
        return text;
    }

    private static void requireNoControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new IllegalArgumentException("a signed note contains no control characters but newline");
            }
            if (Character.isSurrogate(c) && (!Character.isHighSurrogate(c) || i + 1 >= s.length()
                    || !Character.isLowSurrogate(s.charAt(++i)))) {
                throw new IllegalArgumentException("a signed note is valid UTF-8 (unpaired surrogate)");
            }
        }
    }
}
