package cn.shuangsuiji.identity.adapter.in.security;

import cn.shuangsuiji.identity.application.port.in.FindUser;
import cn.shuangsuiji.identity.application.port.in.SigningKeys;
import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.UserProfile;
import cn.shuangsuiji.identity.domain.Username;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * 令牌声明 — writes the platform's token contract into every JWT the provider signs: the {@code kid} of the current
 * key in the header; in access tokens {@code aud} = the platform audience, {@code roles}, {@code department},
 * {@code jurisdiction}, {@code inspector_id}, {@code name} and {@code client_id}. User tokens take these from the
 * user as stored now (a disabled or removed user gets no token, also not by refresh); client-credentials tokens
 * from the client's settings.
 */
public class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String DEPARTMENT = "department";
    public static final String JURISDICTION = "jurisdiction";
    public static final String INSPECTOR_ID = "inspector_id";
    public static final String NAME = "name";
    public static final String CLIENT_ID = "client_id";

    private final FindUser users;
    private final SigningKeys keys;
    private final String audience;

    public AccessTokenClaims(FindUser users, SigningKeys keys, String audience) {
        this.users = users;
        this.keys = keys;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.current().keyId());
        RegisteredClient client = context.getRegisteredClient();
        JwtClaimsSet.Builder claims = context.getClaims();
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            claims.audience(List.of(audience));
            claims.claim(CLIENT_ID, client.getClientId());
            claims.claim(ROLES, ClientClaims.roles(client.getClientSettings()));
            String department = ClientClaims.department(client.getClientSettings());
            if (department != null) {
                claims.claim(DEPARTMENT, department);
            }
            claims.claim(NAME, client.getClientName());
            if (context.getAuthorizedScopes().isEmpty() && !client.getScopes().isEmpty()) {
                claims.claim("scope", Set.copyOf(client.getScopes()));
            }
            return;
        }
        UserAccount user = currentUser(context.getPrincipal().getName());
        UserProfile profile = user.profile();
        claims.claim(NAME, profile.displayName());
        if (idToken) {
            return;
        }
        claims.audience(List.of(audience));
        claims.claim(CLIENT_ID, client.getClientId());
        claims.claim(ROLES, profile.roleCodes());
        if (profile.department() != null) {
            claims.claim(DEPARTMENT, profile.department());
        }
        if (profile.jurisdiction() != null) {
            claims.claim(JURISDICTION, profile.jurisdiction());
        }
        if (profile.inspectorId() != null) {
            claims.claim(INSPECTOR_ID, profile.inspectorId());
        }
    }

    private UserAccount currentUser(String username) {
        try {
            return users.find(new Username(username)).filter(UserAccount::enabled)
                    .orElseThrow(() -> refused(username));
        } catch (IdentityRefusal invalidName) {
            throw refused(username);
        }
    }

    private static OAuth2AuthenticationException refused(String username) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                "user " + username + " is unknown or disabled", null));
    }
}
