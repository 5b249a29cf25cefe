package cn.shuangsuiji.draw.config;

import cn.shuangsuiji.platform.security.ServiceClients;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * 服务令牌 — the draw service calls registry-service (snapshot content) with its own access token
 * ({@link ServiceClients}: client credentials of {@code ssj-services}, cached and renewed).
 */
@Configuration
class RegistryClientConfiguration {

    /** The client for registry-service: every request carries the service token; a snapshot may take 2 min. */
    @Bean
    RestClient registryClient(ServiceClients clients,
                              @Value("${ssj.registry.base-url:http://127.0.0.1:8081}") String baseUrl) {
        return clients.restClient(baseUrl, Duration.ofMinutes(2));
    }
}
