package cn.shuangsuiji.identity.domain;

import java.util.Objects;

/**
 * 用户 — an account that can log in: its name, a password hash (never the password), its profile and whether
 * it is enabled. Changes go through {@link #replace} and {@link #disable}.
 */
public record UserAccount(Username username, String passwordHash, UserProfile profile, boolean enabled) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
    }

    /** A new, enabled account. */
    public static UserAccount create(Username username, String passwordHash, UserProfile profile) {
        return new UserAccount(username, passwordHash, profile, true);
    }

    /** The same account with a new password hash and profile; a replaced account is enabled again. */
    public UserAccount replace(String newPasswordHash, UserProfile newProfile) {
        return new UserAccount(username, newPasswordHash, newProfile, true);
    }

    /** The account disabled: it can no longer log in or refresh its tokens. */
    public UserAccount disable() {
        return new UserAccount(username, passwordHash, profile, false);
    }
}
