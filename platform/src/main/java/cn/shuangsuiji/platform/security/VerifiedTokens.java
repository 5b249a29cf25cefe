package cn.shuangsuiji.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * 已验证令牌 — a bearer token's signature is verified once: the token (its exact compact form) and what the full
 * decoder made of it are kept, and a later request with the same token skips the RSA check and the parsing (issue 9
 * benchmark: one inspector's token on every request, the signature check ~9 % of inspection-service's CPU). The
 * validators (expiry, issuer, audience) run again on every use, so a kept token is refused the moment it expires.
 * Another byte anywhere in the token is another key: it is verified in full. At most {@code capacity} tokens are
 * kept; past that the store is emptied and fills again.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier  the full decoder (signature, parsing, {@code validator})
     * @param validator run again on every use of a kept token
     * @param capacity  tokens kept at most
     */
    public VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.verifier = verifier;
        this.validator = validator;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Jwt kept = verified.get(token);
        if (kept == null) {
            Jwt jwt = verifier.decode(token);
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(kept);
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return kept;
    }
}
