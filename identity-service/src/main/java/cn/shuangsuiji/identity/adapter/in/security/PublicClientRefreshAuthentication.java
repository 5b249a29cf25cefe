package cn.shuangsuiji.identity.adapter.in.security;

import java.util.Map;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** A public client (no secret) presenting a refresh token; only {@link PublicClientRefreshAuthenticationProvider} authenticates it. */
final class PublicClientRefreshAuthentication extends OAuth2ClientAuthenticationToken {

    PublicClientRefreshAuthentication(String clientId, Map<String, Object> parameters) {
        super(clientId, ClientAuthenticationMethod.NONE, null, parameters);
    }

    PublicClientRefreshAuthentication(RegisteredClient client) {
        super(client, ClientAuthenticationMethod.NONE, null);
    }
}
