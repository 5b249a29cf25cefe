package cn.shuangsuiji.identity.application.service;

import cn.shuangsuiji.identity.application.port.in.DisableUser;
import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;
import org.springframework.stereotype.Service;

@Service
class DisableUserService implements DisableUser {

    private final UserStore users;

    DisableUserService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserAccount disable(Username username) {
        UserAccount disabled = users.find(username).orElseThrow(() -> IdentityRefusal.userNotFound(username)).disable();
        users.save(disabled);
        return disabled;
    }
}
