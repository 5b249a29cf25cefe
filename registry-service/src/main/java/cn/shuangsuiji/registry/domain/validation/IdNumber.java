package cn.shuangsuiji.registry.domain.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 — the 18-digit citizen ID number of GB 11643-1999: six-digit region code, eight-digit birth date,
 * three-digit sequence and an ISO 7064 MOD 11-2 check digit (0-9 or X).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private IdNumber() {
    }

    public static boolean isValid(String number) {
        return problem(number) == null;
    }

    /** {@code ID_NUMBER_FORMAT}, {@code ID_NUMBER_BIRTH_DATE}, {@code ID_NUMBER_CHECK_DIGIT} or null. */
    public static String problem(String number) {
        if (!Patterns.matches(Patterns.ID_NUMBER, number)) {
            return "ID_NUMBER_FORMAT";
        }
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return "ID_NUMBER_BIRTH_DATE";
        }
        return checkDigit(number.substring(0, 17)) == number.charAt(17) ? null : "ID_NUMBER_CHECK_DIGIT";
    }

    /** The check digit of the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }

    /** A valid number built from its first 17 digits. */
    public static String complete(String first17) {
        return first17 + checkDigit(first17);
    }
}
