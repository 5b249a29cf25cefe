package cn.shuangsuiji.identity.config;

import cn.shuangsuiji.identity.adapter.in.security.AccessTokenClaims;
import cn.shuangsuiji.identity.adapter.in.security.ClientClaims;
import cn.shuangsuiji.identity.adapter.in.security.RefreshTokenGenerator;
import cn.shuangsuiji.identity.adapter.in.security.SigningKeysJwkSource;
import cn.shuangsuiji.identity.adapter.out.authorization.ExpiringAuthorizationService;
import cn.shuangsuiji.identity.application.port.in.FindUser;
import cn.shuangsuiji.identity.application.port.in.SigningKeys;
import cn.shuangsuiji.identity.domain.UserProfile;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/** The OIDC provider's parts: registered clients from configuration, signing keys, token generation. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuerConfigured()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (Map.Entry<String, IdentityProperties.Client> entry : properties.clients().entrySet()) {
            IdentityProperties.Client client = entry.getValue();
            if (client.demoOnly() && !properties.demo().enabled()) {
                continue;
            }
            clients.add(client.isPublic() ? publicClient(entry.getKey(), client, properties)
                    : confidentialClient(entry.getKey(), client, properties));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient publicClient(String id, IdentityProperties.Client client,
                                                 IdentityProperties properties) {
        if (client.redirectUris().isEmpty()) {
            throw new IllegalStateException("public client " + id + " needs redirect-uris");
        }
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName(client.name() == null ? id : client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings(properties))
                .build();
    }

    private static RegisteredClient confidentialClient(String id, IdentityProperties.Client client,
                                                       IdentityProperties properties) {
        if (client.secret() == null || client.secret().isBlank()) {
            throw new IllegalStateException("confidential client " + id + " needs a secret");
        }
        UserProfile.parseRoles(client.roles());
        ClientSettings.Builder settings = ClientSettings.builder()
                .requireAuthorizationConsent(false)
                .setting(ClientClaims.ROLES, List.copyOf(client.roles()));
        if (client.department() != null && !client.department().isBlank()) {
            settings.setting(ClientClaims.DEPARTMENT, client.department());
        }
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName(client.name() == null ? id : client.name())
                .clientSecret(client.secret().startsWith("{") ? client.secret() : "{noop}" + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(settings.build())
                .tokenSettings(tokenSettings(properties))
                .build();
    }

    private static TokenSettings tokenSettings(IdentityProperties properties) {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
    }

    @Bean
    ExpiringAuthorizationService authorizationService(Clock clock) {
        return new ExpiringAuthorizationService(clock);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new SigningKeysJwkSource(keys);
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return NimbusJwtDecoder.withJwkSource(jwkSource).build();
    }

    @Bean
    AccessTokenClaims accessTokenClaims(FindUser users, SigningKeys keys, IdentityProperties properties) {
        return new AccessTokenClaims(users, keys, properties.audience());
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource, AccessTokenClaims claims, Clock clock) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwt.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwt, new RefreshTokenGenerator(clock));
    }
}
