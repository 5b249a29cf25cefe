package cn.shuangsuiji.drawprotocol;

import java.util.HexFormat;

/** 十六进制 — lowercase hex, the only text form of bytes in the protocol and the bundle. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /**
     * Decodes lowercase hex of exactly {@code expectedBytes} bytes ({@code -1}: any length).
     *
     * @throws IllegalArgumentException on upper case, odd length, wrong length or a non-hex digit
     */
    public static byte[] decode(String hex, int expectedBytes, String what) {
        if (hex == null) {
            throw new IllegalArgumentException(what + ": missing hex");
        }
        if (!hex.equals(hex.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(what + ": hex must be lowercase");
        }
        if (hex.length() % 2 != 0 || (expectedBytes >= 0 && hex.length() != expectedBytes * 2)) {
            throw new IllegalArgumentException(what + ": expected " + expectedBytes + " bytes of hex, got "
                    + hex.length() + " characters");
        }
        try {
            return LOWER.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": not hex", e);
        }
    }

    /** The 16-character hex form of an unsigned 64-bit rank key. */
    public static String key(long key) {
        return LOWER.toHexDigits(key);
    }

    /** Parses a 16-character lowercase hex rank key. */
    public static long parseKey(String hex, String what) {
        byte[] b = decode(hex, 8, what);
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }
}
