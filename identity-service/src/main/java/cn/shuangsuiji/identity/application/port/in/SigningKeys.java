package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.SigningKey;
import java.util.List;

/** 签名密钥 — the key that signs new tokens and the keys to publish. */
public interface SigningKeys {

    /** The key that signs new tokens. */
    SigningKey current();

    /** The keys to publish in the JWKS now: current first, then retired keys within the overlap window. */
    List<SigningKey> published();
}
