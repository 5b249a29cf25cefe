package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway that holds (issue 13 item 5): many concurrent callers of a healthy service never open its circuit
 * breaker; a killed or hanging service answers a fast 503 and is served again within seconds once it is back;
 * 429s never count against a service; and hundreds of megabytes stream through in both directions without being
 * held in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayResilienceTest {

    static final long MB = 1024 * 1024;
    static final long BULK = 200 * MB;

    static final Upstreams.Slow busy = new Upstreams.Slow(Duration.ofMillis(300));
    static final Upstreams.Hanging hanging = new Upstreams.Hanging();
    static final Upstreams.Restartable restartable = new Upstreams.Restartable();
    static final Upstreams.Bulk bulk = new Upstreams.Bulk(BULK);
    static final StubIssuer issuer = StubIssuer.INSTANCE;

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = issuer.token("qy-amr-clerk", "REGISTRY_CLERK");

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("DISCLOSURE_URL", busy::url);
        registry.add("PLANNING_URL", hanging::url);
        registry.add("INSPECTION_URL", restartable::url);
        registry.add("REGISTRY_URL", bulk::url);
        registry.add("DRAW_URL", restartable::url);
        registry.add("ssj.security.issuer-uri", issuer::issuer);
        registry.add("server.address", () -> "127.0.0.1");
        // a hung service is given up on after 1 s here (15 s in application.yml)
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
        registry.add("ssj.gateway.rate-limit.anonymous.requests", () -> "5");
        registry.add("ssj.gateway.rate-limit.authenticated.requests", () -> "100000");
    }

    @Test
    void fiftyConcurrentCallersOfABusyButHealthyServiceAreAllServedAndTheBreakerStaysClosed() throws Exception {
        List<Integer> statuses = concurrently(50, () -> get("/api/disclosure/reports/qy-amr/2026-11", token)
                .statusCode());
        assertThat(statuses).as("every caller got an answer from the service").containsOnly(200);
        assertThat(busy.maxInFlight.get()).as("the gateway passed them on concurrently").isGreaterThan(25);
        CircuitBreaker breaker = breaker("disclosure");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isZero();
    }

    @Test
    void the429sOfTheRateLimitNeverCountAgainstTheService() throws Exception {
        List<Integer> statuses = concurrently(20, () -> get("/api/public/items?limit=20", null).statusCode());
        assertThat(statuses).contains(429).doesNotContain(503);
        CircuitBreaker breaker = breaker("disclosure");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aHangingServiceAnswers503AndOnceTheBreakerIsOpenAFast503() throws Exception {
        List<Integer> first = concurrently(12, () -> get("/api/planning/plans", token).statusCode());
        assertThat(first).containsOnly(503);
        assertThat(breaker("planning").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        long start = System.nanoTime();
        HttpResponse<String> refused = get("/api/planning/plans", token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("\"code\":\"UPSTREAM_UNAVAILABLE\"");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(millis).as("an open breaker answers without waiting for the service").isLessThan(500);
    }

    @Test
    void aKilledServiceAnswersAFast503AndIsServedAgainWithinSecondsOfComingBack() throws Exception {
        assertThat(get("/api/inspections", token).statusCode()).isEqualTo(200);
        restartable.kill();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get("/api/inspections", token);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - start) / 1_000_000).as("refused connection: no wait").isLessThan(1500);
        }
        assertThat(breaker("inspection").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        restartable.start();
        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> get("/api/inspections", token).statusCode() == 200);
        long recovered = (System.nanoTime() - back) / 1_000_000;
        assertThat(recovered).as("served again within the breaker's 2 s open state and its trial calls")
                .isLessThan(4000);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            get("/api/inspections", token);
            return breaker("inspection").getState() == CircuitBreaker.State.CLOSED;
        });
    }

    @Test
    void anUploadOf200MbStreamsThroughTheGateway() throws Exception {
        // the token's keys fetched, the route warm: the first bytes of the big upload go straight on
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/registry/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("uscc,name\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(202);
        AtomicLong sent = new AtomicLong();
        bulk.watchClient(sent::get);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/registry/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(BULK, sent)))
                .timeout(Duration.ofMinutes(3)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(bulk.received.get()).isEqualTo(BULK);
        assertThat(bulk.clientSentAtFirstByte.get())
                .as("the service got the first bytes while the client was still sending: nothing buffered whole")
                .isBetween(0L, 32 * MB);
    }

    @Test
    void aDownloadOf200MbStreamsThroughTheGateway() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/registry/exports/everything"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(3)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long total = 0;
        long writtenAtFirstByte = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (writtenAtFirstByte < 0 && n > 0) {
                    writtenAtFirstByte = bulk.written.get();
                }
                total += n;
            }
        }
        assertThat(total).isEqualTo(BULK);
        assertThat(writtenAtFirstByte)
                .as("the client got the first bytes while the service was still writing").isLessThan(32 * MB);
    }

    private CircuitBreaker breaker(String name) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(name);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, callers).mapToObj(i -> call).toList());
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code size} zero bytes, produced as they are read (never held), counting what has been read. */
    private static final class Zeros extends InputStream {

        private final AtomicLong sent;
        private long left;

        Zeros(long size, AtomicLong sent) {
            this.left = size;
            this.sent = sent;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            sent.incrementAndGet();
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            sent.addAndGet(n);
            return n;
        }
    }
}
