package cn.shuangsuiji.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port in front of {@link EchoBackend} (registry, draw, inspection, disclosure) and a
 * port where nothing listens (planning), trusting {@link StubIssuer}. Subclasses without configuration of their
 * own share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayTestBase {

    static final EchoBackend backend = new EchoBackend();
    static final StubIssuer issuer = StubIssuer.INSTANCE;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) throws IOException {
        String down = "http://127.0.0.1:" + unusedPort();
        registry.add("REGISTRY_URL", backend::url);
        registry.add("DRAW_URL", backend::url);
        registry.add("INSPECTION_URL", backend::url);
        registry.add("DISCLOSURE_URL", backend::url);
        registry.add("PLANNING_URL", () -> down);
        registry.add("ssj.security.issuer-uri", issuer::issuer);
        registry.add("server.address", () -> "127.0.0.1");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
