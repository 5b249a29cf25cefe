package cn.shuangsuiji.identity.adapter.in.security;

import cn.shuangsuiji.identity.application.port.in.SigningKeys;
import cn.shuangsuiji.identity.domain.SigningKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.List;

/**
 * The published signing keys as a JWK source: the JWKS endpoint lists them all (current first), the token signer
 * picks the current one by its {@code kid}, and the admin API verifies against them.
 */
public class SigningKeysJwkSource implements JWKSource<SecurityContext> {

    private final SigningKeys keys;

    public SigningKeysJwkSource(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> jwks = keys.published().stream().map(SigningKeysJwkSource::toJwk).map(JWK.class::cast).toList();
        return selector.select(new JWKSet(jwks));
    }

    static RSAKey toJwk(SigningKey key) {
        return new RSAKey.Builder((RSAPublicKey) key.keyPair().getPublic())
                .privateKey((RSAPrivateKey) key.keyPair().getPrivate())
                .keyID(key.keyId())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .issueTime(Date.from(key.createdAt()))
                .build();
    }
}
