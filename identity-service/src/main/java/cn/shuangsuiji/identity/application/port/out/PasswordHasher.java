package cn.shuangsuiji.identity.application.port.out;

import cn.shuangsuiji.identity.domain.Password;

/** Turns a password into a one-way hash (BCrypt). */
public interface PasswordHasher {

    String hash(Password password);
}
