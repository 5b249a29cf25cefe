package cn.shuangsuiji.identity.adapter.in.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Authenticates a public client that refreshes: the client must be registered as public (authentication method
 * {@code none}) with the refresh-token grant. The refresh token itself is then checked by the token endpoint
 * (it must belong to this client).
 */
public class PublicClientRefreshAuthenticationProvider implements AuthenticationProvider {

    private final RegisteredClientRepository clients;

    public PublicClientRefreshAuthenticationProvider(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PublicClientRefreshAuthentication request = (PublicClientRefreshAuthentication) authentication;
        RegisteredClient client = clients.findByClientId((String) request.getPrincipal());
        if (client == null
                || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                || !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                    "client authentication failed", null));
        }
        return new PublicClientRefreshAuthentication(client);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PublicClientRefreshAuthentication.class.isAssignableFrom(authentication);
    }
}
