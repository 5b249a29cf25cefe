package cn.shuangsuiji.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 身份认证配置 — which identity provider the service trusts and where its tokens carry roles and department.
 * Provider-agnostic: our identity-service, Keycloak or any OIDC provider whose tokens carry these claims.
 *
 * @param issuerUri       the expected {@code iss}, e.g. {@code http://127.0.0.1:8086}
 * @param jwkSetUri       where the signing keys are; defaults to {@code <issuer>/oauth2/jwks}
 * @param audience        a value the token's {@code aud} must contain
 * @param rolesClaim      claim with the role codes; a dotted path reaches into objects ({@code realm_access.roles})
 * @param departmentClaim claim with the department id
 * @param publicPaths     extra paths that anonymous callers may use (besides public views, docs and health)
 */
@ConfigurationProperties("ssj.security")
public record SecurityProperties(@DefaultValue("http://127.0.0.1:8086") String issuerUri,
                                 String jwkSetUri,
                                 @DefaultValue("ssj-platform") String audience,
                                 @DefaultValue("roles") String rolesClaim,
                                 @DefaultValue("department") String departmentClaim,
                                 @DefaultValue("jurisdiction") String jurisdictionClaim,
                                 @DefaultValue("inspector_id") String inspectorClaim,
                                 @DefaultValue List<String> publicPaths) {

    /** The JWK set location: configured, or the identity-service's {@code /oauth2/jwks} under the issuer. */
    public String effectiveJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        return issuerUri.replaceAll("/+$", "") + "/oauth2/jwks";
    }
}
