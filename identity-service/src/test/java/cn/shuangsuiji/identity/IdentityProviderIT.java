package cn.shuangsuiji.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.identity.application.service.SeedDemoUsers;
import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider against a real MongoDB, over HTTP only, as other services and apps see it: discovery, the
 * authorization-code + PKCE flow of a demo user (with test-support's {@link Identity}), the token contract,
 * refresh, client credentials, key rotation with overlap, the admin API's refusals, and the prod guard.
 */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderIT {

    private static final Path KEYS = tempDir();
    private static final String DEMO = SeedDemoUsers.DEMO_PASSWORD;
    private static final String SERVICES_SECRET = "ssj-services-demo-secret";
    private static final String ADMIN_SECRET = Identity.DEMO_TEST_ADMIN_SECRET;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("identity_it"));
        registry.add("ssj.identity.issuer", () -> "");
        registry.add("ssj.identity.demo.enabled", () -> "true");
        registry.add("ssj.identity.keys-dir", KEYS::toString);
    }

    @LocalServerPort
    int port;

    String base;
    Identity identity;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void provider() {
        base = "http://localhost:" + port;
        identity = Identity.at(base);
    }

    @Test
    void publishesTheDiscoveryDocument() {
        JsonNode discovery = json.readTree(get("/.well-known/openid-configuration", null).body());

        assertThat(discovery.get("issuer").asString()).isEqualTo(base);
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(base + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(base + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(base + "/oauth2/jwks");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aDemoInspectorLogsInWithCodeAndPkceAndGetsTheContractClaims() {
        Identity.Tokens tokens = identity.login("qy-amr-inspector", DEMO);
        Jwt jwt = decode(tokens.accessToken());

        assertThat(jwt.getHeaders()).containsKey("kid");
        assertThat(jwt.getHeaders().get("alg")).isEqualTo("RS256");
        assertThat(jwt.getSubject()).isEqualTo("qy-amr-inspector");
        assertThat(jwt.getIssuer().toString()).isEqualTo(base);
        assertThat(jwt.getAudience()).contains("ssj-platform");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INSPECTOR");
        assertThat(jwt.getClaimAsString("department")).isEqualTo("qy-amr");
        assertThat(jwt.getClaimAsString("inspector_id")).isEqualTo("ins-67a57ec2bc7a");
        assertThat(jwt.getClaimAsString("name")).isNotBlank();
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ssj-web");
        assertThat(jwt.getClaimAsStringList("scope")).contains("openid");
        assertThat(jwt.hasClaim("jurisdiction")).isFalse();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.idToken()).isNotBlank();
    }

    @Test
    void jointOfficeAndAdminClaims() {
        Jwt joint = decode(identity.loginAccessToken("qy-joint", DEMO));
        Jwt admin = decode(identity.loginAccessToken("admin", DEMO));

        assertThat(joint.getClaimAsStringList("roles")).containsExactly("JOINT_OFFICE");
        assertThat(joint.getClaimAsString("jurisdiction")).isEqualTo("130634");
        assertThat(joint.getClaimAsString("department")).isEqualTo("qy-joint");
        assertThat(admin.getClaimAsStringList("roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(admin.hasClaim("department")).isFalse();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> identity.login("qy-amr-clerk", "not-the-password"))
                .isInstanceOf(Identity.LoginRefusedException.class);
        assertThatThrownBy(() -> identity.login("nobody", DEMO))
                .isInstanceOf(Identity.LoginRefusedException.class);
    }

    @Test
    void pkceIsRequired() {
        HttpResponse<String> response = get("/oauth2/authorize?response_type=code&client_id=ssj-web"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&scope=openid&state=s1", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(Identity.REDIRECT_URI + "?error=invalid_request")
                .contains("code_challenge");
    }

    @Test
    void servicesGetTheServiceRoleByClientCredentials() {
        Jwt service = decode(identity.clientAccessToken("ssj-services", SERVICES_SECRET));
        Jwt provincial = decode(identity.clientCredentials("ssj-provincial", "ssj-provincial-demo-secret", "feed.read")
                .accessToken());

        assertThat(service.getSubject()).isEqualTo("ssj-services");
        assertThat(service.getClaimAsString("client_id")).isEqualTo("ssj-services");
        assertThat(service.getAudience()).contains("ssj-platform");
        assertThat(service.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(provincial.getClaimAsStringList("roles")).isEmpty();
        assertThat(provincial.getClaimAsStringList("scope")).containsExactly("feed.read");
        assertThatThrownBy(() -> identity.clientCredentials("ssj-services", "wrong-secret", null))
                .hasMessageContaining("401");
    }

    @Test
    void aRefreshTokenOfTheWebClientGivesNewTokensOnce() {
        Identity.Tokens first = identity.login("bd-amr-planner", DEMO);

        Identity.Tokens refreshed = identity.refresh(first.refreshToken());

        Jwt jwt = decode(refreshed.accessToken());
        assertThat(jwt.getSubject()).isEqualTo("bd-amr-planner");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PLANNER");
        assertThat(jwt.getClaimAsString("department")).isEqualTo("bd-amr");
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> identity.refresh(first.refreshToken())).hasMessageContaining("invalid_grant");
    }

    @Test
    void afterRotationOldTokensStillVerifyAndNewOnesUseTheNewKey() {
        String before = identity.login("qy-psb-head", DEMO).accessToken();
        String oldKid = decode(before).getHeaders().get("kid").toString();

        HttpResponse<String> rotation = post("/api/identity/keys/rotate", adminToken(), null);
        assertThat(rotation.statusCode()).isEqualTo(200);
        String newKid = json.readTree(rotation.body()).get("currentKeyId").asString();

        NimbusJwtDecoder fresh = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        assertThat(json.readTree(get("/oauth2/jwks", null).body()).get("keys").findValuesAsString("kid"))
                .containsExactly(newKid, oldKid);
        assertThat(fresh.decode(before).getSubject()).isEqualTo("qy-psb-head");
        Jwt after = fresh.decode(identity.login("qy-psb-head", DEMO).accessToken());
        assertThat(after.getHeaders().get("kid")).isEqualTo(newKid).isNotEqualTo(oldKid);
        try (var files = Files.list(KEYS)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains(newKid + ".key", oldKid + ".key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theAdminApiRefusesCallersWithoutPlatformAdmin() {
        HttpResponse<String> anonymous = get("/api/identity/users/admin", null);
        HttpResponse<String> planner = get("/api/identity/users/admin", identity.loginAccessToken("qy-eco-planner", DEMO));
        HttpResponse<String> service = post("/api/identity/keys/rotate",
                identity.clientAccessToken("ssj-services", SERVICES_SECRET), null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(anonymous.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(planner.statusCode()).isEqualTo(403);
        assertThat(json.readTree(planner.body()).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(service.statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminApiManagesUsers() {
        String admin = adminToken();
        HttpResponse<String> bad = put("/api/identity/users/it-bad", admin,
                "{\"password\":\"pw\",\"name\":\"x\",\"roles\":[\"INSPECTOR\"],\"department\":\"qy-amr\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_USER");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("password", "inspectorId");

        HttpResponse<String> created = put("/api/identity/users/it-clerk", admin,
                "{\"password\":\"it-secret-1\",\"name\":\"测试名录管理员\",\"roles\":[\"REGISTRY_CLERK\"],\"department\":\"qy-cult\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        HttpResponse<String> read = get("/api/identity/users/it-clerk", admin);
        assertThat(read.body()).doesNotContain("hash").doesNotContain("it-secret-1").contains("qy-cult");
        assertThat(decode(identity.login("it-clerk", "it-secret-1").accessToken()).getClaimAsString("department"))
                .isEqualTo("qy-cult");

        assertThat(post("/api/identity/users/it-clerk/disable", admin, null).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> identity.login("it-clerk", "it-secret-1"))
                .isInstanceOf(Identity.LoginRefusedException.class);
        assertThat(get("/api/identity/users/nobody-here", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void testSupportMakesUsersForRoleAndDepartment() {
        Jwt inspector = decode(identity.accessTokenFor("INSPECTOR", "qy-emg", "ins-abc123"));
        Jwt witness = decode(identity.accessTokenFor("WITNESS", "qy-emg", null));

        assertThat(inspector.getSubject()).isEqualTo("it-inspector-qy-emg-ins-abc123");
        assertThat(inspector.getClaimAsString("inspector_id")).isEqualTo("ins-abc123");
        assertThat(witness.getClaimAsStringList("roles")).containsExactly("WITNESS");
        assertThat(identity.accessTokenFor("WITNESS", "qy-emg", null)).isEqualTo(identity.accessTokenFor("WITNESS", "qy-emg", null));
    }

    @Test
    void theProdProfileRefusesDemoUsers() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--ssj.identity.demo.enabled=true",
                        "--ssj.identity.keys-dir=" + KEYS.resolve("prod-check"),
                        "--spring.mongodb.uri=" + RealInfra.mongoUri(), "--spring.mongodb.database=identity_prod_check")
                .close())
                .hasStackTraceContaining("refuses to start under the 'prod' profile")
                .hasStackTraceContaining("demo.enabled");
    }

    private String adminToken() {
        return identity.clientAccessToken(Identity.TEST_ADMIN_CLIENT, ADMIN_SECRET);
    }

    private Jwt decode(String token) {
        return NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build().decode(token);
    }

    private HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    private HttpResponse<String> post(String path, String token, String body) {
        return send(request(path, token).POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("identity-it-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
