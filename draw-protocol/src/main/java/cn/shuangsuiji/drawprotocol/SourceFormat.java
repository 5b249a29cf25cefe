package cn.shuangsuiji.drawprotocol;

/**
 * 随机源取值格式 — the canonical value format a non-beacon source declares in the commitment (protocol revision
 * 1.2, docs/draw-protocol.md §4.3), so that its value has exactly one text form:
 * <ul>
 *   <li>{@code INTEGER_LIST} — one or more non-negative integers in canonical decimal (no sign, no leading zero
 *       except the number 0 itself, at most 18 digits), in the order the source published them, separated by one
 *       ASCII space; no other characters. Example: {@code 3 9 14 21 27 30 12}.</li>
 *   <li>{@code INTEGER_LIST:n} — the same with exactly n integers (1 ≤ n ≤ 1000).</li>
 * </ul>
 */
public final class SourceFormat {

    public static final String INTEGER_LIST = "INTEGER_LIST";

    private SourceFormat() {
    }

    /** The format if it is one of the above, else IllegalArgumentException. */
    public static String require(String format) {
        count(format);
        return format;
    }

    /** Null when {@code value} is in the canonical form of {@code format}, else why not. */
    public static String problem(String format, String value) {
        int expected = count(format);
        if (value == null || value.isEmpty()) {
            return "empty value";
        }
        String[] parts = value.split(" ", -1);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 18 || !p.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return "\"" + value + "\" is not a list of canonical non-negative integers separated by single spaces";
            }
        }
        if (expected > 0 && parts.length != expected) {
            return "\"" + value + "\" has " + parts.length + " integers, the format " + format + " needs " + expected;
        }
        return null;
    }

    /** 0 for any count, else the fixed count. */
    private static int count(String format) {
        if (INTEGER_LIST.equals(format)) {
            return 0;
        }
        if (format != null && format.startsWith(INTEGER_LIST + ":")) {
            String n = format.substring(INTEGER_LIST.length() + 1);
            if (n.matches("[1-9][0-9]{0,3}") && Integer.parseInt(n) <= 1000) {
                return Integer.parseInt(n);
            }
        }
        throw new IllegalArgumentException("unknown source value format: " + format + " (INTEGER_LIST or "
                + "INTEGER_LIST:n)");
    }
}
