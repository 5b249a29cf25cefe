package cn.shuangsuiji.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/**
 * The {@link ServiceClients} of a service that calls other services (it has Spring Security's OAuth2 client on its
 * class path). Settings: {@code ssj.security.issuer-uri} (the token endpoint is {@code <issuer>/oauth2/token}, or
 * {@code ssj.services.token-uri}), {@code ssj.services.client-id} ({@code ssj-services}),
 * {@code ssj.services.client-secret} (else {@code SSJ_SERVICES_CLIENT_SECRET}; its default is the identity service's
 * local demo secret).
 */
@AutoConfiguration
@ConditionalOnClass(OAuth2ClientHttpRequestInterceptor.class)
public class ServiceClientsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceClients serviceClients(
            @Value("${ssj.security.issuer-uri:http://127.0.0.1:8086}") String issuer,
            @Value("${ssj.services.client-id:ssj-services}") String clientId,
            @Value("${ssj.services.client-secret:${SSJ_SERVICES_CLIENT_SECRET:ssj-services-demo-secret}}")
            String secret,
            @Value("${ssj.services.token-uri:}") String tokenUri) {
        return new ServiceClients(tokenUri.isBlank() ? ServiceClients.tokenUriOf(issuer) : tokenUri, clientId,
                secret);
    }
}
