package cn.shuangsuiji.identity.application.service;

import cn.shuangsuiji.identity.application.port.in.SaveUser;
import cn.shuangsuiji.identity.application.port.in.SaveUserCommand;
import cn.shuangsuiji.identity.application.port.out.PasswordHasher;
import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.domain.UserAccount;
import org.springframework.stereotype.Service;

@Service
class SaveUserService implements SaveUser {

    private final UserStore users;
    private final PasswordHasher hasher;

    SaveUserService(UserStore users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public UserAccount save(SaveUserCommand command) {
        String hash = hasher.hash(command.password());
        UserAccount account = users.find(command.username())
                .map(existing -> existing.replace(hash, command.profile()))
                .orElseGet(() -> UserAccount.create(command.username(), hash, command.profile()));
        users.save(account);
        return account;
    }
}
