package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Routes through the real gateway to a stand-in backend (a plain HTTP server on loopback) and to a port where
 * nothing listens: forwarding with a request id, OpenAPI documents per service, and problem+json for no route
 * and for a service that is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final AtomicReference<String> lastRequestId = new AtomicReference<>();
    private static final AtomicReference<String> lastPath = new AtomicReference<>();
    private static final HttpServer backend = startBackend();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) throws IOException {
        String up = "http://127.0.0.1:" + backend.getAddress().getPort();
        String down = "http://127.0.0.1:" + unusedPort();
        registry.add("REGISTRY_URL", () -> up);
        registry.add("PLANNING_URL", () -> down);
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Test
    void forwardsToTheServiceAndPassesARequestId() {
        client().get().uri("/api/registry/departments").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).isEqualTo("[\"ok\"]");
        assertThat(lastPath.get()).isEqualTo("/api/registry/departments");
        assertThat(lastRequestId.get()).matches("[0-9a-f]{32}");

        client().get().uri("/api/registry/departments").header("X-Request-Id", "caller-123").exchange()
                .expectHeader().valueEquals("X-Request-Id", "caller-123");
        assertThat(lastRequestId.get()).isEqualTo("caller-123");
    }

    @Test
    void servesEachServicesOpenApiDocumentAndHealth() {
        client().get().uri("/v3/api-docs/registry").exchange().expectStatus().isOk();
        assertThat(lastPath.get()).isEqualTo("/v3/api-docs");
        client().get().uri("/services/registry/actuator/health").exchange().expectStatus().isOk();
        assertThat(lastPath.get()).isEqualTo("/actuator/health");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotAHang() {
        client().get().uri("/api/planning/plans").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UPSTREAM_UNAVAILABLE")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.traceId").exists();
    }

    @Test
    void anUnknownPathIsA404Problem() {
        client().get().uri("/no/such/route").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("RESOURCE_NOT_FOUND")
                .jsonPath("$.status").isEqualTo(404);
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    private static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                lastPath.set(exchange.getRequestURI().getPath());
                lastRequestId.set(exchange.getRequestHeaders().getFirst("X-Request-Id"));
                byte[] body = "[\"ok\"]".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
