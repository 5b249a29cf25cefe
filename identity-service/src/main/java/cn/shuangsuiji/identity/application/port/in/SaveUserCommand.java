package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.identity.domain.Password;
import cn.shuangsuiji.identity.domain.UserProfile;
import cn.shuangsuiji.identity.domain.Username;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** 保存用户 — create a user or replace one entirely (password and profile). */
public record SaveUserCommand(Username username, Password password, UserProfile profile) {

    public SaveUserCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(profile, "profile");
    }

    /** Builds the command from raw input, reporting every invalid field at once. */
    public static SaveUserCommand of(String username, String password, String name, Collection<String> roles,
                                     String department, String jurisdiction, String inspectorId) {
        List<IdentityRefusal.FieldError> errors = new ArrayList<>();
        Username user = attempt(() -> new Username(username), errors);
        Password secret = attempt(() -> new Password(password), errors);
        UserProfile profile = attempt(() -> UserProfile.of(name, roles, department, jurisdiction, inspectorId), errors);
        if (!errors.isEmpty()) {
            throw IdentityRefusal.invalid("INVALID_USER", "用户资料有 " + errors.size() + " 处不符合要求", errors);
        }
        return new SaveUserCommand(user, secret, profile);
    }

    private static <T> T attempt(Supplier<T> part, List<IdentityRefusal.FieldError> errors) {
        try {
            return part.get();
        } catch (IdentityRefusal refusal) {
            errors.addAll(refusal.fieldErrors());
            return null;
        }
    }
}
