package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;

/**
 * 文本规则 — the protocol's rules for text fields (docs/draw-protocol.md §2): Unicode without
 * control characters (U+0000–U+001F, U+007F) or unpaired surrogates, compared and hashed as UTF-8
 * bytes, never normalised.
 */
public final class Text {
    /** Largest identifier, in UTF-8 bytes. */
    public static final int MAX_ID_BYTES = 64;
    /** Largest free text (names, descriptions, source values, reveals), in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 1024;

    private Text() {
    }

    /** An identifier: 1..64 UTF-8 bytes. */
    public static String id(String value, String what) {
        return text(value, what, 1, MAX_ID_BYTES);
    }

    /** An identifier or the empty string (for optional codes such as an area). */
    public static String optionalId(String value, String what) {
        return text(value == null ? "" : value, what, 0, MAX_ID_BYTES);
    }

    /** Free text of {@code min..max} UTF-8 bytes. */
    public static String text(String value, String what, int min, int max) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException(what + " contains a control character: " + quote(value));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException(what + " contains an unpaired surrogate");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(what + " contains an unpaired surrogate");
            }
        }
        int n = utf8Length(value);
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " must have " + min + ".." + max + " UTF-8 bytes, has " + n
                    + ": " + quote(value));
        }
        return value;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Unsigned lexicographic comparison of the UTF-8 encodings (a shorter prefix sorts first). */
    public static int compareUtf8(String a, String b) {
        return java.util.Arrays.compareUnsigned(utf8(a), utf8(b));
    }

    private static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
