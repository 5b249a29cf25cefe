package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as resource server (issue 8 item 2): who gets through anonymously, which tokens are refused, what is
 * relayed to the services and which client-sent identity headers never reach them.
 */
class GatewaySecurityTest extends GatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/departments", "/api/public/disclosures?page=1", "/v3/api-docs/registry",
            "/v3/api-docs/draw", "/services/registry/actuator/health", "/services/draw/actuator/health",
            "/actuator/health", "/v3/api-docs/gateway/swagger-config", "/api/registry/public/inspectors/i-1", "/webjars/swagger-ui/index.html",
            "/api/draws/log/checkpoints/latest", "/api/draws/log/proofs/d-1"})
    void anonymousCallersReachThePublicViewsTheDocumentsAndHealth(String path) {
        client().get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void theSwaggerUiIsOpen() {
        client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/registry/entities", "GET /api/registry/inspectors/i-1",
            "POST /api/registry/snapshots", "POST /api/planning/plans", "GET /api/draws",
            "POST /api/draws/d-1/abandon", "GET /api/inspections", "GET /services/registry/actuator/env",
            "GET /actuator/info", "GET /actuator/prometheus", "GET /no/such/route",
            "DELETE /api/public/departments", "POST /api/public/reports",
            "PUT /api/registry/public/inspectors/i-1", "GET /api/registry/publicity",
            "GET /api/disclosure/reports/qy-amr/2026-11", "POST /api/disclosure/open-data/exports",
            "POST /api/draws/log/checkpoints", "GET /api/draws/logs"})
    void everythingElseIsA401ProblemWithoutAToken(String call) {
        String[] parts = call.split(" ");
        String before = backend.lastPath.get();
        client().method(HttpMethod.valueOf(parts[0])).uri(parts[1]).header("X-Request-Id", "trace-401").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.title").isEqualTo("未登录或登录已失效")
                .jsonPath("$.traceId").isEqualTo("trace-401");
        assertThat(backend.lastPath.get()).as("nothing was forwarded").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "wrongAudience", "wrongIssuer", "forged", "garbage"})
    void aTokenThatIsExpiredForForSomeoneElseOrNotSignedByTheIssuerIsRefused(String kind) {
        Function<String, String> tokens = switch (kind) {
            case "expired" -> s -> issuer.expired(s, "PLATFORM_ADMIN");
            case "wrongAudience" -> s -> issuer.wrongAudience(s, "PLATFORM_ADMIN");
            case "wrongIssuer" -> s -> issuer.wrongIssuer(s, "PLATFORM_ADMIN");
            case "forged" -> s -> issuer.forged(s, "PLATFORM_ADMIN");
            default -> s -> "not-a-jwt";
        };
        client().get().uri("/api/registry/entities").header("Authorization", bearer(tokens.apply("admin")))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", v -> assertThat(v).contains("invalid_token"))
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "forged", "garbage", "bearer-alone"})
    void aTokenSentToAPublicPathIsStillVerified(String kind) {
        // anonymous reads skip the token machinery only when there is no token: a bad one is refused there too
        String authorization = switch (kind) {
            case "expired" -> bearer(issuer.expired("admin", "PLATFORM_ADMIN"));
            case "forged" -> bearer(issuer.forged("admin", "PLATFORM_ADMIN"));
            case "garbage" -> bearer("not-a-jwt");
            default -> "Bearer";
        };
        String before = backend.lastPath.get();
        client().get().uri("/api/public/departments?k=" + kind).header("Authorization", authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        assertThat(backend.lastPath.get()).as("nothing was forwarded").isEqualTo(before);
        // a valid one is relayed
        String valid = bearer(issuer.token("qy-amr-head", "DEPARTMENT_HEAD"));
        client().get().uri("/api/public/departments").header("Authorization", valid).exchange()
                .expectStatus().isOk();
        assertThat(backend.header("Authorization")).isEqualTo(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic YWRtaW46YWRtaW4="})
    void aNonBearerAuthorizationOnAPublicPathIsAnAnonymousReadOfTheFullChainAsBefore(String authorization) {
        client().get().uri("/api/public/departments").header("Authorization", authorization).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        // and it gives no access beyond the public views
        client().get().uri("/api/registry/entities").header("Authorization", authorization).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anAnonymousReadCarriesTheSecurityHeadersAndTheServicesCaching() {
        client().get().uri("/api/public/departments").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().exists("X-Request-Id")
                // caching is the service's decision: the gateway adds no Cache-Control of its own
                .expectHeader().doesNotExist("Cache-Control");
    }

    @Test
    void spoofedIdentityHeadersWithoutATokenChangeNothing() {
        client().get().uri("/api/registry/entities")
                .header("X-User-Id", "admin").header("X-Role", "ADMIN").header("X-Department-Id", "qy-amr")
                .header("X-Forwarded-User", "admin").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aValidTokenIsRelayedAndClientSentIdentityHeadersAreDropped() {
        String token = issuer.token("qy-amr-planner", "PLANNER");
        client().post().uri("/api/registry/entities?x=1")
                .header("Authorization", bearer(token))
                .header("X-User-Id", "admin").header("x-role", "PLATFORM_ADMIN").header("X-Department-Id", "bd-amr")
                .header("X-Forwarded-User", "admin").header("X-Auth-Request-Email", "a@b.c")
                .header("X-Ssj-Actor", "admin").header("Remote-User", "admin")
                .header("X-Trace-Note", "kept")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/registry/entities");
        assertThat(backend.header("Authorization")).isEqualTo(bearer(token));
        assertThat(backend.lastHeaders.get().keySet())
                .noneMatch(h -> h.equalsIgnoreCase("X-User-Id") || h.equalsIgnoreCase("X-Role")
                        || h.equalsIgnoreCase("X-Department-Id") || h.equalsIgnoreCase("X-Forwarded-User")
                        || h.equalsIgnoreCase("X-Auth-Request-Email") || h.equalsIgnoreCase("X-Ssj-Actor")
                        || h.equalsIgnoreCase("Remote-User"));
        assertThat(backend.header("X-Trace-Note")).isEqualTo("kept");
    }

    @Test
    void identityHeadersAreDroppedOnAnonymousPathsToo() {
        client().get().uri("/api/public/departments").header("X-Role", "PLATFORM_ADMIN")
                .header("X-User-Id", "admin").exchange().expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/public/departments");
        assertThat(backend.header("X-Role")).isNull();
        assertThat(backend.header("X-User-Id")).isNull();
        assertThat(backend.header("Authorization")).isNull();
    }

    @Test
    void serviceHealthThroughTheGatewayShowsDetailsOnlyToAPlatformAdmin() {
        for (WebTestClient.RequestHeadersSpec<?> call : new WebTestClient.RequestHeadersSpec<?>[] {
                client().get().uri("/services/registry/actuator/health"),
                client().get().uri("/services/registry/actuator/health")
                        .header("Authorization", bearer(issuer.token("qy-amr-head", "DEPARTMENT_HEAD"))),
                client().get().uri("/services/registry/actuator/health").header("X-Role", "PLATFORM_ADMIN")}) {
            String body = call.exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                    .getResponseBody();
            assertThat(body).isEqualTo("{\"status\":\"UP\"}");
        }
        String admin = client().get().uri("/services/registry/actuator/health")
                .header("Authorization", bearer(issuer.token("admin", "PLATFORM_ADMIN"))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(admin).contains("kafka-cluster-4711", "/srv/ssj/secret-disk");
    }

    @Test
    void theGatewaysOwnHealthAndActuatorAreForAdminsOnly() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        client().get().uri("/actuator/health")
                .header("Authorization", bearer(issuer.token("admin", "PLATFORM_ADMIN"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.components").exists();
        client().get().uri("/actuator/prometheus")
                .header("Authorization", bearer(issuer.token("qy-amr-head", "DEPARTMENT_HEAD"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.title").isEqualTo("无权执行此操作").jsonPath("$.traceId").exists();
        client().get().uri("/actuator/prometheus")
                .header("Authorization", bearer(issuer.token("admin", "PLATFORM_ADMIN"))).exchange()
                .expectStatus().isOk();
    }
}
