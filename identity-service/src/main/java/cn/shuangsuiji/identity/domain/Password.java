package cn.shuangsuiji.identity.domain;

import java.util.List;

/** 密码 — a clear-text password on its way to being hashed; at least 8 characters. Never stored or printed. */
public record Password(String value) {

    public Password {
        if (value == null || value.length() < 8 || value.length() > 128) {
            throw IdentityRefusal.invalid("WEAK_PASSWORD", "密码长度须为 8–128 个字符",
                    List.of(new IdentityRefusal.FieldError("password", "LENGTH", "密码长度须为 8–128 个字符")));
        }
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
