package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;

/** 停用用户 — a disabled user can no longer log in or refresh tokens. */
public interface DisableUser {

    /** Disables the user; refuses an unknown one. */
    UserAccount disable(Username username);
}
