package cn.shuangsuiji.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 网关身份认证配置 — the identity provider the gateway trusts, under the same keys as the services'
 * ({@code ssj.security.*}), so one setting points the whole platform at a provider.
 *
 * @param issuerUri   the expected {@code iss}, e.g. {@code http://127.0.0.1:8086}
 * @param jwkSetUri   where the signing keys are; defaults to {@code <issuer>/oauth2/jwks}
 * @param audience    a value the token's {@code aud} must contain
 * @param rolesClaim  claim with the role codes; a dotted path reaches into objects ({@code realm_access.roles})
 * @param publicPaths extra paths anonymous callers may use (besides public views, documents and health status)
 */
@ConfigurationProperties("ssj.security")
public record GatewaySecurityProperties(@DefaultValue("http://127.0.0.1:8086") String issuerUri,
                                        String jwkSetUri,
                                        @DefaultValue("ssj-platform") String audience,
                                        @DefaultValue("roles") String rolesClaim,
                                        @DefaultValue List<String> publicPaths) {

    /** The JWK set location: configured, or the identity-service's {@code /oauth2/jwks} under the issuer. */
    public String effectiveJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        return issuerUri.replaceAll("/+$", "") + "/oauth2/jwks";
    }
}
