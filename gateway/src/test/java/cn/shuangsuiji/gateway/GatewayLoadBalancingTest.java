package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of a service behind one {@code lb://} route (issue 14 item 3): requests are spread over both; an
 * instance that is killed, or whose readiness is DOWN (its database unreachable), stops getting requests within
 * seconds and the other serves them all; it gets requests again once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayLoadBalancingTest {

    static final Instance first = new Instance();
    static final Instance second = new Instance();
    static final StubIssuer issuer = StubIssuer.INSTANCE;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = issuer.token("qy-amr-inspector", "INSPECTOR");

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("INSPECTION_URLS", () -> first.url() + "," + second.url());
        registry.add("ssj.security.issuer-uri", issuer::issuer);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("ssj.gateway.rate-limit.authenticated.requests", () -> "100000");
    }

    @BeforeEach
    void bothUp() {
        first.start();
        second.start();
        first.ready = true;
        second.ready = true;
        await().atMost(Duration.ofSeconds(30)).until(() -> servedBy(20) == 2);
    }

    @Test
    void requestsAreSpreadOverBothInstances() throws Exception {
        int before1 = first.hits.get();
        int before2 = second.hits.get();
        for (int i = 0; i < 20; i++) {
            assertThat(get().statusCode()).isEqualTo(200);
        }
        // round robin over the ready instances; a health check that is late for a moment leaves one out briefly,
        // so the split is not asserted exactly — only that both take a real share and every request was served once
        assertThat(first.hits.get() - before1).as("first instance's share").isBetween(3, 17);
        assertThat(second.hits.get() - before2).as("second instance's share").isBetween(3, 17);
        assertThat(first.hits.get() - before1 + second.hits.get() - before2).isEqualTo(20);
    }

    @Test
    void aKilledInstanceIsLeftOutWithinSecondsAndTheOtherServesEveryRequest() throws Exception {
        first.kill();
        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (int i = 0; i < 10; i++) {
                if (get().statusCode() != 200) {
                    return false;
                }
            }
            return true;
        });
        assertThat((System.nanoTime() - killed) / 1_000_000).as("left out after about one health-check interval")
                .isLessThan(15000);
        int before = second.hits.get();
        for (int i = 0; i < 10; i++) {
            assertThat(get().statusCode()).isEqualTo(200);
        }
        assertThat(second.hits.get() - before).isEqualTo(10);

        first.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> servedBy(20) == 2);
    }

    @Test
    void anInstanceWhoseReadinessIsDownGetsNoRequests() throws Exception {
        second.ready = false;
        await().atMost(Duration.ofSeconds(15)).until(() -> servedBy(10) == 1);
        int before = second.hits.get();
        for (int i = 0; i < 10; i++) {
            assertThat(get().statusCode()).isEqualTo(200);
        }
        assertThat(second.hits.get()).isEqualTo(before);
    }

    @Test
    void withNeitherInstanceReadyRequestsStillReachThemAndTwoDeadOnesAnswerA503Problem() throws Exception {
        first.ready = false;
        second.ready = false;
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15)).until(() -> servedBy(10) == 2);
        first.kill();
        second.kill();
        await().atMost(Duration.ofSeconds(15)).until(() -> get().statusCode() == 503);
        HttpResponse<String> response = get();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"UPSTREAM_UNAVAILABLE\"");
    }

    /** How many instances served {@code n} requests (answers other than 200 are not counted). */
    private int servedBy(int n) throws Exception {
        int a = first.hits.get();
        int b = second.hits.get();
        for (int i = 0; i < n; i++) {
            get();
        }
        return (first.hits.get() > a ? 1 : 0) + (second.hits.get() > b ? 1 : 0);
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inspections/my-tasks"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A service instance: counts the API requests it serves; its readiness answers 200 UP or 503 DOWN. */
    static final class Instance {

        final AtomicInteger hits = new AtomicInteger();
        final int port;
        volatile boolean ready = true;
        private HttpServer server;

        Instance() {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void start() {
            if (server != null) {
                return;
            }
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                boolean health = exchange.getRequestURI().getPath().startsWith("/actuator/health");
                int status = health && !ready ? 503 : 200;
                if (!health) {
                    hits.incrementAndGet();
                }
                byte[] body = (health ? "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\"}" : "[]")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        synchronized void kill() {
            server.stop(0);
            server = null;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }
}
