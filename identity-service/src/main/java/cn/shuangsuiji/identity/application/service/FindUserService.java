package cn.shuangsuiji.identity.application.service;

import cn.shuangsuiji.identity.application.port.in.FindUser;
import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class FindUserService implements FindUser {

    private final UserStore users;

    FindUserService(UserStore users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> find(Username username) {
        return users.find(username);
    }
}
