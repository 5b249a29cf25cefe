package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Routes through the real gateway to a stand-in backend and to a port where nothing listens: forwarding with a
 * request id, OpenAPI documents per service, and problem+json for no route and for a service that is down.
 */
class GatewayRoutingTest extends GatewayTestBase {

    private final String token = issuer.token("qy-amr-clerk", "REGISTRY_CLERK");

    @Test
    void forwardsToTheServiceAndPassesARequestId() {
        client().get().uri("/api/registry/departments").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).isEqualTo("[\"ok\"]");
        assertThat(backend.lastPath.get()).isEqualTo("/api/registry/departments");
        assertThat(backend.header("X-Request-Id")).matches("[0-9a-f]{32}");

        client().get().uri("/api/registry/departments").header("Authorization", bearer(token))
                .header("X-Request-Id", "caller-123").exchange()
                .expectHeader().valueEquals("X-Request-Id", "caller-123");
        assertThat(backend.header("X-Request-Id")).isEqualTo("caller-123");
    }

    /** Issue 13: the service echoes the id and the gateway added its own, so responses carried it twice. */
    @Test
    void theResponseCarriesTheRequestIdOnceAlthoughTheServiceEchoesIt() {
        client().get().uri("/api/registry/departments").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Request-Id", values -> assertThat(values).hasSize(1)
                        .containsExactly(backend.header("X-Request-Id")));
        client().get().uri("/api/registry/departments").header("Authorization", bearer(token))
                .header("X-Request-Id", "caller-456").exchange()
                .expectHeader().values("X-Request-Id", values -> assertThat(values).containsExactly("caller-456"));
    }

    @Test
    void routesTheDisclosureServicesReportsAndExportsAndTheDrawServicesTransparencyLog() {
        client().get().uri("/api/disclosure/reports/qy-amr/2026-11").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/disclosure/reports/qy-amr/2026-11");
        assertThat(backend.header("Authorization")).isEqualTo(bearer(token));
        client().get().uri("/api/draws/log/checkpoints/latest").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/draws/log/checkpoints/latest");
    }

    /**
     * Issue 10: a proxied request finds its route without first walking the gateway's own controllers (the fallbacks
     * and springdoc still answer: {@link #theSwaggerUiListsEveryServicesDocument}, {@link
     * #aServiceThatIsDownIsA503ProblemNotAHang}), and is timed once, as {@code http.server.requests}, not again by
     * the gateway's own {@code spring.cloud.gateway.requests}.
     */
    @Test
    void aProxiedRequestIsRoutedBeforeTheControllersAreSearchedAndTimedOnce(
            @Autowired RoutePredicateHandlerMapping routes,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
            @Autowired MeterRegistry meters) {
        assertThat(routes.getOrder()).isLessThan(controllers.getOrder());

        long timedBefore = timed(meters);
        client().get().uri("/api/public/items").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/public/items");
        // recorded when the exchange completes, which may be just after the client has the response
        await().atMost(Duration.ofSeconds(10)).until(() -> timed(meters) > timedBefore);
        assertThat(meters.find("spring.cloud.gateway.requests").meters()).isEmpty();
    }

    private static long timed(MeterRegistry meters) {
        return meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    /** One Swagger UI at the gateway lists every service's document (their servers name the gateway). */
    @Test
    void theSwaggerUiListsEveryServicesDocument() {
        client().get().uri("/v3/api-docs/gateway/swagger-config").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat(urls.toString().replace("\\/", "/")).contains(
                        "/v3/api-docs/registry", "/v3/api-docs/planning", "/v3/api-docs/draw",
                        "/v3/api-docs/inspection", "/v3/api-docs/disclosure"))
                .jsonPath("$.persistAuthorization").isEqualTo(true);
    }

    @Test
    void servesEachServicesOpenApiDocumentAndHealth() {
        client().get().uri("/v3/api-docs/registry").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/v3/api-docs");
        client().get().uri("/services/registry/actuator/health").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/actuator/health");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotAHang() {
        client().get().uri("/api/planning/plans").header("Authorization", bearer(token)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UPSTREAM_UNAVAILABLE")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.traceId").exists();
    }

    @Test
    void anUnknownPathIsA404Problem() {
        client().get().uri("/no/such/route").header("Authorization", bearer(token)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("RESOURCE_NOT_FOUND")
                .jsonPath("$.status").isEqualTo(404);
    }
}
