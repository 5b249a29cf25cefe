package cn.shuangsuiji.disclosure.config;

import cn.shuangsuiji.platform.security.ServiceClients;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * 服务令牌 — the disclosure service fetches draw bundles for the verification kit from draw-service's HTTP API
 * ({@code GET /api/draws/{id}/bundle}, never its database) with its own access token ({@link ServiceClients}: client
 * credentials of {@code ssj-services}, cached and renewed; {@code ssj.services.token-uri} overrides the token
 * endpoint).
 */
@Configuration
class DrawClientConfiguration {

    /** The client for draw-service: every request carries the service token. */
    @Bean
    RestClient drawClient(ServiceClients clients,
                          @Value("${ssj.draw.base-url:http://127.0.0.1:8083}") String baseUrl) {
        return clients.restClient(baseUrl, Duration.ofMinutes(1));
    }
}
