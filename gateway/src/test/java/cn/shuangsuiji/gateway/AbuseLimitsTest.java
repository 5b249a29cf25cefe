package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import org.springframework.test.context.TestPropertySource;

/**
 * Abuse limits at the gateway (issue 8 item 8): per-client rate limits answering 429 with {@code Retry-After}, and
 * request-size limits answering 413, 414 and 431 — all problem+json. Small limits so the tests stay quick.
 */
@TestPropertySource(properties = {
        "ssj.gateway.rate-limit.anonymous.requests=5", "ssj.gateway.rate-limit.anonymous.period=1h",
        "ssj.gateway.rate-limit.authenticated.requests=3", "ssj.gateway.rate-limit.authenticated.period=1h",
        "ssj.gateway.request-size.max-body=1KB",
        "ssj.gateway.request-size.paths[0].pattern=/api/registry/**/imports",
        "ssj.gateway.request-size.paths[0].max-body=64KB",
        "ssj.gateway.request-size.paths[1].pattern=/api/registry/imports",
        "ssj.gateway.request-size.paths[1].max-body=64KB",
        "server.netty.max-initial-line-length=2KB", "server.max-http-request-header-size=4KB"})
class AbuseLimitsTest extends GatewayTestBase {

    @Test
    void anAnonymousClientOverItsLimitGets429WithRetryAfterAndATokenHolderIsCountedApart() {
        // the anonymous allowance of this client (127.0.0.1) is 5 per hour, whatever the path
        for (int i = 0; i < 5; i++) {
            client().get().uri("/api/public/departments?i=" + i).exchange().expectStatus().isOk();
        }
        String before = backend.lastPath.get() + backend.lastHeaders.get();
        client().get().uri("/api/public/departments").header("X-Request-Id", "trace-429").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L))
                .expectBody()
                .jsonPath("$.code").isEqualTo("TOO_MANY_REQUESTS")
                .jsonPath("$.title").isEqualTo("请求过于频繁")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.traceId").isEqualTo("trace-429");
        // calls that would end in 401 count too, and are refused before authentication matters
        client().get().uri("/api/registry/entities").exchange().expectStatus().isEqualTo(429);
        assertThat(backend.lastPath.get() + backend.lastHeaders.get()).isEqualTo(before);
        // the gateway's own health probe is never limited
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();

        // a caller with a token is counted by its subject, not by the address it shares with anonymous callers
        String token = bearer(issuer.token("qy-amr-clerk-limit", "REGISTRY_CLERK"));
        for (int i = 0; i < 3; i++) {
            client().get().uri("/api/registry/entities").header("Authorization", token).exchange()
                    .expectStatus().isOk();
        }
        client().get().uri("/api/registry/entities").header("Authorization", token).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_REQUESTS");
        client().get().uri("/api/registry/entities")
                .header("Authorization", bearer(issuer.token("qy-amr-head-limit", "DEPARTMENT_HEAD"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aBodyOverThePathsLimitIs413AndImportsMayBeLarger() {
        String token = bearer(issuer.token("qy-amr-clerk-size", "REGISTRY_CLERK"));
        byte[] twoKb = new byte[2048];
        Arrays.fill(twoKb, (byte) 'a');
        client().post().uri("/api/registry/entities").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(twoKb).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.title").isEqualTo("请求体过大")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("1 KB"))
                .jsonPath("$.traceId").exists();

        client().post().uri("/api/registry/imports?kind=ENTITIES").header("Authorization", token)
                .contentType(MediaType.TEXT_PLAIN).bodyValue(twoKb).exchange()
                .expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/registry/imports");
        assertThat(backend.lastBodySize.get()).isEqualTo(2048);

        byte[] hundredKb = new byte[100 * 1024];
        client().post().uri("/api/registry/imports").header("Authorization", token)
                .contentType(MediaType.TEXT_PLAIN).bodyValue(hundredKb).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("64 KB"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        String token = bearer(issuer.token("qy-amr-clerk-chunked", "REGISTRY_CLERK"));
        Flux<DataBuffer> chunks = Flux.range(0, 8)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[512]));
        client().post().uri("/api/registry/entities").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromDataBuffers(chunks)).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void oversizedChunkedBodiesDoNotOpenTheServicesCircuit() {
        // the circuit breaker opens at 50 % failures of at least 10 calls: refused bodies must not count as failures
        for (int i = 0; i < 12; i++) {
            Flux<DataBuffer> chunks = Flux.range(0, 4)
                    .map(n -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[512]));
            client().post().uri("/api/draws").header("Authorization", bearer(issuer.token("cb-" + i, "DRAW_OPERATOR")))
                    .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromDataBuffers(chunks)).exchange()
                    .expectStatus().isEqualTo(413);
        }
        client().get().uri("/api/draws").header("Authorization", bearer(issuer.token("cb-after", "DRAW_OPERATOR")))
                .exchange().expectStatus().isOk();
        CircuitBreaker draw = circuitBreakers.circuitBreaker("draw");
        assertThat(draw.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(10);
        assertThat(draw.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(draw.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Test
    void aTooLongUriIs414Problem() {
        client().get().uri("/api/public/departments?q=" + "a".repeat(3000)).header("X-Request-Id", "trace-414")
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("URI_TOO_LONG")
                .jsonPath("$.title").isEqualTo("请求地址过长")
                .jsonPath("$.status").isEqualTo(414)
                .jsonPath("$.instance").isEqualTo("/")
                .jsonPath("$.traceId").exists();
    }

    @Test
    void tooLargeHeadersAre431Problem() {
        client().get().uri("/api/public/departments").header("X-Request-Id", "trace-431")
                .header("X-Padding", "p".repeat(6000)).exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("HEADERS_TOO_LARGE")
                .jsonPath("$.title").isEqualTo("请求头过大")
                .jsonPath("$.status").isEqualTo(431)
                .jsonPath("$.instance").isEqualTo("/api/public/departments");
    }
}
