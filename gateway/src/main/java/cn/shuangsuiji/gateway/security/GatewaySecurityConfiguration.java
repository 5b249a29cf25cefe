package cn.shuangsuiji.gateway.security;

import cn.shuangsuiji.gateway.limits.RateLimitFilter;
import cn.shuangsuiji.gateway.limits.RateLimitProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * 网关资源服务器 — the gateway checks every access token before routing: signature against the provider's JWK set,
 * issuer, audience and expiry. Anonymous callers reach only the public views ({@code /api/public/**}), the OpenAPI
 * documents and Swagger UI, and health status, and only to read them (GET, HEAD); everything else answers 401 problem+json without a valid token.
 * The token is relayed unchanged in {@code Authorization}, and every service checks it again (defence in depth);
 * identity headers a client sends are dropped before this chain runs ({@link IdentityHeaderStrippingFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({GatewaySecurityProperties.class, IdentityHeaderProperties.class,
        RateLimitProperties.class})
public class GatewaySecurityConfiguration {

    /** Paths every anonymous caller may use. */
    public static final List<String> ANONYMOUS_PATHS = List.of("/api/public/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
            "/services/*/actuator/health", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    /**
     * No Micrometer observations of the security chain itself: Spring Security otherwise wraps each of its filters
     * and the authorization decision in observations (a timer and a long-task timer each, several per request) —
     * about a tenth of the gateway's CPU per proxied request in a profile (issue 10). The request as a whole is
     * still observed ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .validateType(false).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry,
                new JwtIssuerValidator(properties.issuerUri()), new JwtAudienceValidator(properties.audience())));
        return decoder;
    }

    /**
     * One limiter for both chains: an anonymous caller's reads of public paths and its other calls draw on the same
     * allowance (not a bean: as a {@code WebFilter} bean it would also run outside the chains).
     */
    private final RateLimitFilter rateLimit;

    GatewaySecurityConfiguration(RateLimitProperties rateLimits) {
        this.rateLimit = new RateLimitFilter(rateLimits);
    }

    /**
     * 匿名读取公开路径 — a reading (GET, HEAD) of a path open to anonymous callers that carries no
     * {@code Authorization} header: there is no token to check and nothing to decide, so this chain only writes the
     * security headers and applies the anonymous caller's rate limit — the same outcome as the full chain for such a
     * request, at a fraction of its per-request work (no bearer-token converter, no authorization rules walked;
     * issue 10). A request with a token, even on a public path, goes through the full chain: its token is verified
     * (a bad one is 401) and it is counted by its subject.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain anonymousReadsFilterChain(ServerHttpSecurity http, GatewaySecurityProperties properties) {
        return stateless(http)
                .securityMatcher(new AnonymousReads(openPaths(properties)))
                .addFilterBefore(rateLimit, SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /**
     * What both chains share: a stateless API (no CSRF, basic or form login, logout, saved requests or session-held
     * security context) with the default security headers, minus Cache-Control — caching is the services' decision
     * (public views send their own Cache-Control and ETag).
     */
    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable));
    }

    static List<String> openPaths(GatewaySecurityProperties properties) {
        List<String> open = new ArrayList<>(ANONYMOUS_PATHS);
        open.addAll(properties.publicPaths());
        return open;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, GatewaySecurityProperties properties,
                                                      ReactiveJwtDecoder decoder) {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers();
        List<String> open = openPaths(properties);
        return stateless(http)
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // read-only: anonymous callers may only look (公众 reads the public views)
                        .pathMatchers(HttpMethod.GET, open.toArray(String[]::new)).permitAll()
                        .pathMatchers(HttpMethod.HEAD, open.toArray(String[]::new)).permitAll()
                        .pathMatchers("/actuator/prometheus").hasAnyRole("PLATFORM_ADMIN", "SERVICE")
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_ADMIN")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new TokenAuthorities(properties.rolesClaim())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // after the token is checked (the limit is per subject, or per IP for anonymous callers) and before
                // authorization (so calls that end in 401 count too)
                .addFilterBefore(rateLimit, SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }
}
