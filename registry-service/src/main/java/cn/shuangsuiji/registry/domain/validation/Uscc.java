package cn.shuangsuiji.registry.domain.validation;

/**
 * 统一社会信用代码 — the 18-character unified social credit code of GB 32100-2015: registration authority
 * code, organisation type, six-digit region code, nine-character organisation code and a check character
 * computed modulo 31 over the character set {@code 0-9 A-Z} without I, O, S, V and Z.
 */
public final class Uscc {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** Whether the code has the right form and check character. */
    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** The stable error code of a bad USCC ({@code USCC_FORMAT} or {@code USCC_CHECK_CHARACTER}), or null. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "USCC_FORMAT";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return "USCC_FORMAT";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return "USCC_FORMAT";
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17) ? null : "USCC_CHECK_CHARACTER";
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("统一社会信用代码含非法字符：" + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** A valid code built from its first 17 characters. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
