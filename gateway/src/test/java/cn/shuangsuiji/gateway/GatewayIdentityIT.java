package cn.shuangsuiji.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway against the REAL identity-service ({@code IT_ISSUER_URI}; no mocked decoder, no stub issuer): tokens
 * come from the provider's authorization-code + PKCE flow, the gateway fetches the provider's JWK set itself. A
 * stand-in upstream ({@link EchoBackend}) shows what reaches the services: the token, relayed unchanged, and none of
 * the identity headers a client sent.
 */
@RequiresIdentity
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIdentityIT {

    static final EchoBackend backend = new EchoBackend();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("REGISTRY_URL", backend::url);
        registry.add("PLANNING_URL", backend::url);
        registry.add("DRAW_URL", backend::url);
        registry.add("INSPECTION_URL", backend::url);
        registry.add("DISCLOSURE_URL", backend::url);
        registry.add("ssj.security.issuer-uri", Identity::issuer);
        registry.add("server.address", () -> "127.0.0.1");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void withoutATokenEveryNonPublicPathIs401AndThePublicViewsAreOpen() {
        for (String path : new String[] {"/api/planning/plans", "/api/registry/entities", "/api/draws"}) {
            client().get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                    .jsonPath("$.title").isEqualTo("未登录或登录已失效");
        }
        client().get().uri("/api/public/departments").exchange().expectStatus().isOk();
    }

    @Test
    void spoofedIdentityHeadersWithoutATokenAre401() {
        client().post().uri("/api/draws/d-1/abandon").header("X-User-Id", "admin").header("X-Role", "PLATFORM_ADMIN")
                .header("X-Department-Id", "qy-amr").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aRealTokenIsRoutedAndRelayedAndSpoofedHeadersNeverReachTheService() {
        String token = Identity.tokenFor("PLANNER", "qy-amr");
        client().get().uri("/api/planning/plans?year=2026").header("Authorization", "Bearer " + token)
                .header("X-User-Id", "admin").header("X-Role", "PLATFORM_ADMIN").header("X-Department-Id", "bd-amr")
                .header("X-Forwarded-User", "admin").exchange()
                .expectStatus().isOk();
        assertThat(backend.lastPath.get()).isEqualTo("/api/planning/plans");
        assertThat(backend.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(backend.header("X-User-Id")).isNull();
        assertThat(backend.header("X-Role")).isNull();
        assertThat(backend.header("X-Department-Id")).isNull();
        assertThat(backend.header("X-Forwarded-User")).isNull();
        assertThat(backend.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aDemoUsersTokenFromTheLoginFlowIsAccepted() {
        String token = Identity.userToken("qy-amr-operator", "ssj-demo-2026");
        client().get().uri("/api/draws").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk();
        assertThat(backend.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void aForgedOrTamperedTokenIs401() {
        String token = Identity.tokenFor("PLANNER", "qy-amr");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String escalated = payload.replace("\"PLANNER\"", "\"PLATFORM_ADMIN\"");
        assertThat(escalated).isNotEqualTo(payload);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(escalated.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String stubSigned = StubIssuer.INSTANCE.token("qy-amr-planner", "PLATFORM_ADMIN");
        for (String bad : new String[] {tampered, unsigned, stubSigned}) {
            String before = backend.lastPath.get();
            client().get().uri("/api/registry/entities/x").header("Authorization", "Bearer " + bad).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().value("WWW-Authenticate", v -> assertThat(v).contains("invalid_token"))
                    .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
            assertThat(backend.lastPath.get()).isEqualTo(before);
        }
    }

    /** The same real token, seen by a gateway whose clock is a day ahead: expired. */
    @Nested
    @Import(ADayLaterClock.class)
    class WhenTheTokenHasExpired {

        @Test
        void itIs401() {
            client().get().uri("/api/planning/plans")
                    .header("Authorization", "Bearer " + Identity.tokenFor("PLANNER", "qy-amr")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        }
    }

    /** A gateway that expects another audience refuses the platform's real tokens. */
    @Nested
    @TestPropertySource(properties = "ssj.security.audience=another-platform")
    class WhenTheAudienceIsSomeoneElse {

        @Test
        void itIs401() {
            client().get().uri("/api/planning/plans")
                    .header("Authorization", "Bearer " + Identity.tokenFor("PLANNER", "qy-amr")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        }
    }
}
