package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 隐私扫描 — fails when a public response holds a mobile number, an 18-digit resident ID number with a valid check
 * digit, or a natural person's identifier from the fixture.
 */
final class PrivacyScan {

    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
    static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PrivacyScan() {
    }

    static void assertClean(String url, String body, List<String> secrets) {
        assertThat(MOBILE.matcher(body).find()).as("mobile number in " + url).isFalse();
        Matcher id = ID_NUMBER.matcher(body);
        while (id.find()) {
            assertThat(validIdNumber(id.group())).as("ID number " + id.group() + " in " + url).isFalse();
        }
        for (String secret : secrets) {
            assertThat(body).as("natural person's identifier in " + url).doesNotContain(secret);
        }
    }

    static boolean validIdNumber(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }
}
