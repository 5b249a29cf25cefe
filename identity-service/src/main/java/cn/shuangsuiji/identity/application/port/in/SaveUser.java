package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.UserAccount;

/** 保存用户 — creates or replaces a user. */
public interface SaveUser {

    /** Creates the user, or replaces its password and profile (and enables it again); returns the stored account. */
    UserAccount save(SaveUserCommand command);
}
