package cn.shuangsuiji.platform.security;

import java.net.http.HttpClient;
import java.time.Duration;
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

/**
 * 服务令牌客户端 — HTTP clients for calls from one platform service to another with the calling service's own access
 * token: client credentials of client {@code ssj-services} (role SERVICE) at {@code <issuer>/oauth2/token},
 * obtained, cached and renewed by Spring Security's OAuth2 client
 * ({@link AuthorizedClientServiceOAuth2AuthorizedClientManager}, which works outside a web request) and attached to
 * every request by {@link OAuth2ClientHttpRequestInterceptor}. One instance per service (a bean of
 * {@link ServiceClientsConfiguration}); {@link #restClient} gives a client per called service.
 */
public final class ServiceClients {

    /** The registration id of the platform's service client. */
    public static final String REGISTRATION = "ssj-services";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final OAuth2AuthorizedClientManager manager;

    /**
     * @param tokenUri     the token endpoint
     * @param clientId     the service client's id
     * @param clientSecret its secret
     */
    public ServiceClients(String tokenUri, String clientId, String clientSecret) {
        ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
                ClientRegistration.withRegistrationId(REGISTRATION).clientId(clientId).clientSecret(clientSecret)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenUri(tokenUri).build());
        var clientManager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        clientManager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                .build());
        this.manager = clientManager;
    }

    /** The token endpoint of an issuer: {@code <issuer>/oauth2/token}. */
    public static String tokenUriOf(String issuer) {
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/oauth2/token";
    }

    /**
     * A client for the service at {@code baseUrl}: every request carries the service token; connecting waits at
     * most 5 s, a response at most {@code readTimeout}.
     */
    public org.springframework.web.client.RestClient restClient(String baseUrl, Duration readTimeout) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(readTimeout);
        return org.springframework.web.client.RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .requestInterceptor(interceptor).build();
    }
}
