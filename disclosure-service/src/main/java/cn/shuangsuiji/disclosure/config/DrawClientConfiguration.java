package cn.shuangsuiji.disclosure.config;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * 服务令牌 — the disclosure service fetches draw bundles for the verification kit from draw-service's HTTP API
 * ({@code GET /api/draws/{id}/bundle}, never its database) with its own access token: client credentials of client
 * {@code ssj-services} (role SERVICE) at {@code <issuer>/oauth2/token}, cached and renewed by Spring Security's
 * OAuth2 client — the same wiring as draw-service's registry client. The secret comes from
 * {@code SSJ_SERVICES_CLIENT_SECRET} (its default is the identity service's local demo secret);
 * {@code ssj.services.token-uri} overrides the token endpoint.
 */
@Configuration
class DrawClientConfiguration {

    /** The registration id of the platform's service client. */
    static final String SERVICES = "ssj-services";

    @Bean
    ClientRegistrationRepository serviceClientRegistrations(
            @Value("${ssj.security.issuer-uri:http://127.0.0.1:8086}") String issuer,
            @Value("${ssj.services.client-id:ssj-services}") String clientId,
            @Value("${ssj.services.client-secret:${SSJ_SERVICES_CLIENT_SECRET:ssj-services-demo-secret}}")
            String secret,
            @Value("${ssj.services.token-uri:}") String tokenUri) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(SERVICES)
                .clientId(clientId).clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri.isBlank() ? base + "/oauth2/token" : tokenUri).build());
    }

    @Bean
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                .build());
        return manager;
    }

    /** The client for draw-service: every request carries the service token. */
    @Bean
    RestClient drawClient(OAuth2AuthorizedClientManager manager,
                          @Value("${ssj.draw.base-url:http://127.0.0.1:8083}") String baseUrl) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> SERVICES);
        var requests = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofMinutes(1));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).requestInterceptor(interceptor)
                .build();
    }
}
