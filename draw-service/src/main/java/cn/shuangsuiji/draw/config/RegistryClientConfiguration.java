package cn.shuangsuiji.draw.config;

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
 * 服务令牌 — the draw service calls registry-service (snapshot content) with its own access token: client
 * credentials of client {@code ssj-services} (role SERVICE) at {@code <issuer>/oauth2/token}, obtained, cached and
 * renewed by Spring Security's OAuth2 client ({@link AuthorizedClientServiceOAuth2AuthorizedClientManager}, which
 * works outside a web request) and attached by {@link OAuth2ClientHttpRequestInterceptor}. The secret comes from
 * {@code SSJ_SERVICES_CLIENT_SECRET} (its default is the identity service's local demo secret).
 */
@Configuration
class RegistryClientConfiguration {

    /** The registration id of the platform's service client. */
    static final String SERVICES = "ssj-services";

    @Bean
    ClientRegistrationRepository serviceClientRegistrations(
            @Value("${ssj.security.issuer-uri:http://127.0.0.1:8086}") String issuer,
            @Value("${ssj.services.client-id:ssj-services}") String clientId,
            @Value("${ssj.services.client-secret:${SSJ_SERVICES_CLIENT_SECRET:ssj-services-demo-secret}}")
            String secret) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(SERVICES)
                .clientId(clientId).clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(base + "/oauth2/token").build());
    }

    @Bean
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                .build());
        return manager;
    }

    /** The client for registry-service: every request carries the service token. */
    @Bean
    RestClient registryClient(OAuth2AuthorizedClientManager manager,
                              @Value("${ssj.registry.base-url:http://127.0.0.1:8081}") String baseUrl) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> SERVICES);
        var requests = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofMinutes(2));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).requestInterceptor(interceptor)
                .build();
    }
}
