package cn.shuangsuiji.identity.application.port.out;

import cn.shuangsuiji.identity.domain.SigningKey;
import java.time.Instant;

/** Makes a fresh signing key (RSA 2048) with a new key id. */
public interface SigningKeyFactory {

    SigningKey create(Instant now);
}
