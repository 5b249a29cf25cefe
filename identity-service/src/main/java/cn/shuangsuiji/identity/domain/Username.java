package cn.shuangsuiji.identity.domain;

import java.util.List;
import java.util.regex.Pattern;

/** 用户名 — the login name of a user; also the token's {@code sub}. Lower-case letters, digits, '-', '_' and '.'. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw IdentityRefusal.invalid("INVALID_USERNAME", "用户名格式不正确：须为 2–64 位小写字母、数字或 . _ -",
                    List.of(new IdentityRefusal.FieldError("username", "PATTERN",
                            "须为 2–64 位小写字母、数字或 . _ -")));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
