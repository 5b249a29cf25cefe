package cn.shuangsuiji.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 资源服务器 — every service checks the access token itself (defence in depth behind the gateway): signature
 * against the provider's JWK set, issuer, audience and expiry. Anonymous callers reach only the public views
 * ({@code /api/public/**}), the OpenAPI documents and health status; everything else needs a valid token, and the
 * use cases check roles and department through {@link Actor}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityConfiguration {

    /** Verified bearer tokens kept per process (VerifiedTokens): the active callers' tokens, ~1 KB each. */
    static final int VERIFIED_TOKENS = 1_000;

    /** Paths every anonymous caller may use. */
    static final List<String> ANONYMOUS_PATHS = List.of("/api/public/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/error");

    /** The paths every anonymous caller may use (besides {@code ssj.security.public-paths}). */
    public static List<String> anonymousPaths() {
        return ANONYMOUS_PATHS;
    }

    /**
     * No Micrometer observations of the security chain itself: Spring Security otherwise wraps every filter of its
     * chain in an observation and records each filter's before/after as an event, a counter looked up by its tags per
     * event — on an anonymous public query about a third of disclosure-service's allocation and a sixth of its
     * request-thread CPU in a profile (issue 10). The request as a whole is still observed
     * ({@code http.server.requests}); the gateway does the same ({@code GatewaySecurityConfiguration}).
     */
    @Bean
    @ConditionalOnMissingBean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenActors tokenActors(SecurityProperties properties) {
        return new TokenActors(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .validateType(false).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        validators.add(new JwtIssuerValidator(properties.issuerUri()));
        validators.add(new JwtAudienceValidator(properties.audience()));
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        decoder.setJwtValidator(validator);
        // a token's signature checked once, its validity on every request (VerifiedTokens)
        return new VerifiedTokens(decoder, validator, VERIFIED_TOKENS);
    }

    @Bean
    @ConditionalOnMissingBean(name = "platformSecurityFilterChain")
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                    TokenActors actors, JwtDecoder decoder) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers();
        List<String> open = new ArrayList<>(ANONYMOUS_PATHS);
        open.addAll(properties.publicPaths());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(actors::authenticate))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer actorArgumentResolverConfigurer(TokenActors actors) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver(actors));
            }
        };
    }
}
