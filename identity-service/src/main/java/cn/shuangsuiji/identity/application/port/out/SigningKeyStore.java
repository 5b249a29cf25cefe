package cn.shuangsuiji.identity.application.port.out;

import cn.shuangsuiji.identity.domain.SigningKey;
import java.util.List;

/** Where signing keys are kept across restarts. */
public interface SigningKeyStore {

    List<SigningKey> loadAll();

    /** Writes (or overwrites) the key. */
    void save(SigningKey key);

    void delete(String keyId);
}
