package cn.shuangsuiji.identity.config;

import cn.shuangsuiji.identity.adapter.in.security.PublicClientRefreshAuthenticationConverter;
import cn.shuangsuiji.identity.adapter.in.security.PublicClientRefreshAuthenticationProvider;
import cn.shuangsuiji.identity.adapter.in.security.RolesClaimConverter;
import cn.shuangsuiji.identity.adapter.in.security.UserAccountDetailsService;
import cn.shuangsuiji.identity.adapter.in.web.ProblemSecurityHandlers;
import cn.shuangsuiji.identity.application.port.in.FindUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains: the authorization server's endpoints (discovery, JWKS, authorize, token, …); the admin API
 * {@code /api/identity/**} as a resource server that accepts only this provider's own tokens with the role
 * PLATFORM_ADMIN; and the rest (login form, health) with form login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults())
                    .clientAuthentication(client -> client
                            .authenticationConverter(new PublicClientRefreshAuthenticationConverter())
                            .authenticationProvider(new PublicClientRefreshAuthenticationProvider(clients)));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminApi(HttpSecurity http, JwtDecoder jwtDecoder, JsonMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.securityMatcher("/api/identity/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole("PLATFORM_ADMIN"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new RolesClaimConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(FindUser users) {
        return new UserAccountDetailsService(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
