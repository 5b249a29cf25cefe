package cn.shuangsuiji.registry.testing;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The service under test trusts {@link TestTokens}' key instead of a provider's JWK set; signature, issuer,
 * audience and expiry are checked exactly as in {@code PlatformSecurityConfiguration}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityConfiguration {

    @Bean
    JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        List<OAuth2TokenValidator<Jwt>> validators = List.of(new JwtTimestampValidator(),
                new JwtIssuerValidator(TestTokens.ISSUER), new JwtAudienceValidator("ssj-platform"));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
