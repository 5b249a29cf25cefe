package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.registry.testing.TestTokens;
import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * registry-service behind the real identity-service (no mocked decoder): tokens from the authorization-code + PKCE
 * flow of demo and test users and from client credentials, verified against the provider's JWK set. Checks that
 * without a valid token everything but the public views answers 401, that a token of another issuer or a tampered
 * one is refused, that spoofed identity headers change nothing, and that department isolation and the masking of
 * personal data hold with real tokens. Needs {@code IT_ISSUER_URI} (deploy/test.sh starts the provider).
 */
@RequiresRealInfra
@RequiresIdentity
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryWithIdentityServiceIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String AMR = "ri-amr-" + RUN;
    static final String PSB = "ri-psb-" + RUN;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_identity_it"));
        registry.add("ssj.security.issuer-uri", Identity::issuer);
    }

    @LocalServerPort
    int port;

    record Reply(int status, String type, String body) {
    }

    Reply call(HttpMethod method, String path, Object body, Map<String, String> headers) {
        var spec = RestClient.create("http://localhost:" + port).method(method).uri(path);
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> new Reply(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void realTokensDecideWhoMayDoWhatAndWhoSeesPersonalData() {
        // without a valid token: 401 problem+json; the public view stays open
        Reply anonymous = call(HttpMethod.GET, "/api/registry/departments", null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.type()).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("\"code\":\"UNAUTHENTICATED\"");
        assertThat(call(HttpMethod.GET, "/api/registry/departments", null, Map.of("X-User-Id", "admin",
                "X-Role", "ADMIN", "X-Department-Id", AMR)).status()).as("spoofed headers").isEqualTo(401);
        String clerk = Identity.tokenFor("REGISTRY_CLERK", AMR);
        String tampered = clerk.substring(0, clerk.length() - 4)
                + (clerk.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(call(HttpMethod.GET, "/api/registry/departments", null, bearer(tampered)).status()).isEqualTo(401);
        assertThat(call(HttpMethod.GET, "/api/registry/departments", null,
                bearer(TestTokens.token("admin", null, "PLATFORM_ADMIN"))).status())
                .as("a token of another issuer and key").isEqualTo(401);

        // the demo admin (code + PKCE login) registers the departments; a clerk may not
        String admin = Identity.userToken("admin", "ssj-demo-2026");
        for (String department : List.of(AMR, PSB)) {
            Reply created = call(HttpMethod.POST, "/api/registry/departments", Map.of("id", department,
                    "name", "真实令牌部门" + department, "type", "MARKET_REGULATION", "level", "COUNTY",
                    "regionCode", "130634"), bearer(admin));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        Reply byClerk = call(HttpMethod.POST, "/api/registry/departments", Map.of("id", "x-" + RUN, "name", "x",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), bearer(clerk));
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(byClerk.body()).contains("\"code\":\"FORBIDDEN\"");

        // the department's clerk registers an entity; the history records the authenticated caller
        String uscc = Uscc.complete("91130634MA0R" + String.format("%05d", Math.abs(RUN.hashCode()) % 100_000));
        Map<String, Object> entity = new HashMap<>(Map.of("name", "曲阳县真实令牌有限公司", "uscc", uscc,
                "regionCode", "130634", "objectType", "ENTERPRISE", "creditClass", "B",
                "supervisionScopes", List.of(AMR), "phone", "13912345678"));
        Reply registered = call(HttpMethod.POST, "/api/registry/entities", entity, bearer(clerk));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = "ent-" + uscc;
        assertThat(call(HttpMethod.GET, "/api/registry/entities/" + id + "/history", null, bearer(clerk)).body())
                .contains("\"actor\":\"it-registry_clerk-" + AMR + "\"").contains("\"actorRoles\":[\"REGISTRY_CLERK\"]")
                .contains("\"actorDepartment\":\"" + AMR + "\"").contains("\"clientId\":\"ssj-web\"");

        // another department's clerk: no change, masked read — spoofed headers change nothing
        String otherClerk = Identity.tokenFor("REGISTRY_CLERK", PSB);
        Map<String, String> spoofing = new HashMap<>(bearer(otherClerk));
        spoofing.putAll(Map.of("X-Role", "ADMIN", "X-Department-Id", AMR, "X-User-Id", "admin", "If-Match", "\"1\""));
        entity.put("phone", "13800000000");
        Reply foreign = call(HttpMethod.PUT, "/api/registry/entities/" + id, entity, spoofing);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"code\":\"FORBIDDEN\"");
        assertThat(call(HttpMethod.GET, "/api/registry/entities/" + id, null, spoofing).body())
                .contains("139****5678").doesNotContain("13912345678");
        assertThat(call(HttpMethod.GET, "/api/registry/entities/" + id, null, bearer(clerk)).body())
                .contains("13912345678");

        // snapshot confirmed by the clerk; its content is read by a service with client credentials
        Reply snapshot = call(HttpMethod.POST, "/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(AMR)), bearer(clerk));
        assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(201);
        String snapshotId = snapshot.body().replaceAll(".*\"id\":\"(snap-[^\"]+)\".*", "$1");
        String service = Identity.clientToken("ssj-services", "ssj-services-demo-secret");
        assertThat(call(HttpMethod.GET, "/api/registry/snapshots/" + snapshotId + "/content", null,
                bearer(service)).status()).isEqualTo(200);
        assertThat(call(HttpMethod.GET, "/api/registry/snapshots/" + snapshotId + "/content", null,
                bearer(otherClerk)).status()).isEqualTo(403);
    }
}
