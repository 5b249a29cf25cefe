package cn.shuangsuiji.identity.adapter.out.crypto;

import cn.shuangsuiji.identity.application.port.out.PasswordHasher;
import cn.shuangsuiji.identity.domain.Password;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** BCrypt hashes for user passwords (stored without the {@code {bcrypt}} prefix). */
@Component
class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @Override
    public String hash(Password password) {
        return encoder.encode(password.value());
    }
}
