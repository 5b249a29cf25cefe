package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

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

    @Test
    void routesTheDisclosureServicesReportsAndExportsAndTheDrawServicesTransparencyLog() {
        client().get().uri("/api/disclosure/reports/qy-amr/2026-11").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/disclosure/reports/qy-amr/2026-11");
        assertThat(backend.header("Authorization")).isEqualTo(bearer(token));
        client().get().uri("/api/draws/log/checkpoints/latest").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/draws/log/checkpoints/latest");
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
