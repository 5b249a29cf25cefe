package cn.shuangsuiji.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service client gets a token by client credentials (basic authentication at the token endpoint), attaches it to
 * every request and reuses it until it expires.
 */
class ServiceClientsTest {

    HttpServer server;
    final AtomicInteger tokens = new AtomicInteger();
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"token-" + tokens.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/thing", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void requestsCarryTheServiceTokenObtainedOnceByClientCredentials() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ServiceClients clients = new ServiceClients(ServiceClients.tokenUriOf(base + "/"), "ssj-services", "secret");

        var client = clients.restClient(base, Duration.ofSeconds(10));
        assertThat(client.get().uri("/api/thing").retrieve().body(String.class)).isEqualTo("ok");
        assertThat(client.get().uri("/api/thing").retrieve().body(String.class)).isEqualTo("ok");
        assertThat(clients.restClient(base, Duration.ofSeconds(10)).get().uri("/api/thing").retrieve()
                .body(String.class)).isEqualTo("ok");

        assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-1");
        assertThat(tokenRequests).hasSize(1);
        assertThat(tokenRequests.get(0)).startsWith("Basic ").contains("grant_type=client_credentials");
        assertThat(ServiceClients.tokenUriOf("http://idp:8086")).isEqualTo("http://idp:8086/oauth2/token");
    }
}
