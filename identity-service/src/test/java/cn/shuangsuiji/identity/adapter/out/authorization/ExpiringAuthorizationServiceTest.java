package cn.shuangsuiji.identity.adapter.out.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class ExpiringAuthorizationServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RegisteredClient CLIENT = RegisteredClient.withId("c").clientId("c")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1/callback").build();

    private static OAuth2Authorization authorization(String id, Duration accessTtl, Duration refreshTtl) {
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(CLIENT).id(id)
                .principalName("user").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "at-" + id, T0,
                        T0.plus(accessTtl), Set.of()));
        if (refreshTtl != null) {
            builder.refreshToken(new OAuth2RefreshToken("rt-" + id, T0, T0.plus(refreshTtl)));
        }
        return builder.build();
    }

    @Test
    void anAuthorizationIsPurgedOnlyWhenItsLastTokenHasExpired() {
        MutableClock clock = new MutableClock(T0);
        ExpiringAuthorizationService service = new ExpiringAuthorizationService(clock);
        service.save(authorization("short", Duration.ofMinutes(15), null));
        service.save(authorization("refreshable", Duration.ofMinutes(15), Duration.ofDays(1)));

        clock.now = T0.plus(Duration.ofMinutes(16));
        assertThat(service.purgeExpired()).isEqualTo(1);

        assertThat(service.findById("short")).isNull();
        assertThat(service.findByToken("rt-refreshable", OAuth2TokenType.REFRESH_TOKEN)).isNotNull();
        clock.now = T0.plus(Duration.ofDays(1));
        assertThat(service.purgeExpired()).isEqualTo(1);
        assertThat(service.size()).isZero();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
