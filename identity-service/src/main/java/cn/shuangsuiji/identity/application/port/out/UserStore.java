package cn.shuangsuiji.identity.application.port.out;

import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;
import java.util.Optional;

/** Where users are kept. */
public interface UserStore {

    Optional<UserAccount> find(Username username);

    /** Inserts or replaces the account. */
    void save(UserAccount account);

    /** Inserts the account unless one with that name exists; returns whether it was inserted. */
    boolean insertIfAbsent(UserAccount account);
}
