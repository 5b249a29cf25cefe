package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;
import java.util.Optional;

/** 查询用户 — reads one user. */
public interface FindUser {

    Optional<UserAccount> find(Username username);
}
