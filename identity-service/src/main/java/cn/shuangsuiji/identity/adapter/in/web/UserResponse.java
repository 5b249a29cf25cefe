package cn.shuangsuiji.identity.adapter.in.web;

import cn.shuangsuiji.identity.domain.UserAccount;
import java.util.List;

/** A user as the admin API shows it — never the password hash. */
public record UserResponse(String username, String name, List<String> roles, String department, String jurisdiction,
                           String inspectorId, boolean enabled) {

    static UserResponse of(UserAccount account) {
        return new UserResponse(account.username().value(), account.profile().displayName(),
                account.profile().roleCodes(), account.profile().department(), account.profile().jurisdiction(),
                account.profile().inspectorId(), account.enabled());
    }
}
