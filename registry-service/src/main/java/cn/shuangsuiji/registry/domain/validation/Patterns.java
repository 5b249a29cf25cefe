package cn.shuangsuiji.registry.domain.validation;

import java.util.regex.Pattern;

/** Compiled patterns of the registry's field formats (compiled once: bulk import checks millions of fields). */
public final class Patterns {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    public static final Pattern REGION_CODE = Pattern.compile("[1-9][0-9]{5}");
    public static final Pattern INDUSTRY = Pattern.compile("[A-T]([0-9]{2,4})?");
    public static final Pattern PHONE = Pattern.compile("(1[3-9][0-9]{9})|(0[0-9]{2,3}-?[0-9]{7,8})");
    public static final Pattern ID_NUMBER = Pattern.compile("[1-9][0-9]{16}[0-9X]");

    private Patterns() {
    }

    public static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }
}
