package cn.shuangsuiji.draw.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Over real HTTP with real tokens from the real identity service ({@code IT_ISSUER_URI}): the draw service checks
 * the users' tokens (signature by the provider's JWK set, issuer, audience), refuses the anonymous caller, a spoofed
 * identity header and another department's operator, lets the initiating department's operator commit and execute
 * and only its head abandon the executed draw; and it fetches the snapshot content with its own service token,
 * obtained from the same provider by client credentials ({@code ssj-services}) — the stand-in registry verifies
 * that token against the provider before it answers.
 */
@RequiresRealInfra
@RequiresIdentity
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrawRealTokensIT {

    static final String S = UUID.randomUUID().toString().substring(0, 8);
    static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();
    /** The verified service tokens the stand-in registry received. */
    static final List<Jwt> SERVICE_TOKENS = new CopyOnWriteArrayList<>();
    static HttpServer registry;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws IOException {
        RealInfra.register(properties, RealInfra.uniqueDatabase("draw_tokens"));
        properties.add("spring.kafka.consumer.group-id", () -> "draw-tokens-" + S);
        String issuer = Identity.issuer();
        JwtDecoder provider = JwtDecoders.fromIssuerLocation(issuer);
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/api/registry/snapshots/", exchange -> {
            byte[] body = CONTENT.get(exchange.getRequestURI().getPath().split("/")[4]);
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            int status;
            try {
                Jwt token = provider.decode(authorization.substring("Bearer ".length()));
                SERVICE_TOKENS.add(token);
                status = token.getClaimAsStringList("roles").contains("SERVICE") && body != null ? 200 : 403;
            } catch (RuntimeException invalid) {
                status = 401;
            }
            try (exchange) {
                exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
                if (status == 200) {
                    exchange.getResponseBody().write(body);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        registry.start();
        properties.add("ssj.registry.base-url", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
        properties.add("ssj.security.issuer-uri", () -> issuer);
        properties.add("ssj.draw.demo-beacon.enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    ReadModelUseCases readModels;

    @Test
    @SuppressWarnings("unchecked")
    void realTokensDecideWhoDrawsAndTheRegistryIsCalledWithTheServiceToken() {
        String planId = "tok-plan-" + S;
        int year = 2200 + Math.floorMod(S.hashCode(), 500);
        String scope = "tok-scope-" + S;
        Instant at = Instant.now().minusSeconds(60);
        var entities = SnapshotFixtures.entities("tok-ent-" + S, List.of(scope), at, DrawFixtures.entities());
        var inspectors = SnapshotFixtures.inspectors("tok-ins-" + S, List.of(scope), at,
                DrawFixtures.inspectors(4, List.of()));
        CONTENT.put(entities.snapshot().snapshotId(), entities.content());
        CONTENT.put(inspectors.snapshot().snapshotId(), inspectors.content());
        readModels.snapshotConfirmed(confirmed(entities.snapshot()));
        readModels.snapshotConfirmed(confirmed(inspectors.snapshot()));
        readModels.planApproved(plan(planId, year));

        long round = DrandQuicknet.firstRoundAfter(Instant.now().getEpochSecond() + 30);
        Map<String, Object> commit = Map.of("planId", planId, "taskId", "joint-1", "beaconNetwork", "ssj-demo",
                "beaconRound", round, "targetSnapshotIds", List.of(entities.snapshot().snapshotId()),
                "inspectorSnapshotIds", List.of(inspectors.snapshot().snapshotId()));
        String operator = Identity.tokenFor("DRAW_OPERATOR", "qy-amr");

        Map<String, Object> anonymous = call("POST", "/api/draws", commit, null, Map.of());
        assertThat(anonymous.get("status")).isEqualTo(401);
        assertThat((String) anonymous.get("body")).contains("\"code\":\"UNAUTHENTICATED\"");
        Map<String, Object> spoofed = call("POST", "/api/draws", commit, null,
                Map.of("X-User-Id", "operator", "X-Role", "ADMIN", "X-Department-Id", "qy-amr"));
        assertThat(spoofed.get("status")).isEqualTo(401);
        Map<String, Object> otherDepartment = call("POST", "/api/draws", commit,
                Identity.tokenFor("DRAW_OPERATOR", "qy-psb"), Map.of());
        assertThat(otherDepartment.get("status")).isEqualTo(403);
        assertThat((String) otherDepartment.get("body")).contains("\"code\":\"FORBIDDEN\"");
        // the refused callers made no call to the registry; its content is fetched with the service's own token
        // (when a snapshot's confirmation arrives, in the background, and at commit when it was not kept)

        Map<String, Object> committed = call("POST", "/api/draws", commit, operator, Map.of());
        assertThat(committed.get("status")).as((String) committed.get("body")).isEqualTo(201);
        String id = ((String) committed.get("body")).replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(SERVICE_TOKENS).isNotEmpty().allSatisfy(token -> {
            assertThat(token.getClaimAsString("client_id")).isEqualTo("ssj-services");
            assertThat(token.getClaimAsStringList("roles")).containsExactly("SERVICE");
            assertThat(token.getAudience()).contains("ssj-platform");
        });

        Map<String, Object> executed = call("POST", "/api/draws/" + id + "/execute",
                Map.of("signature", DemoBeacon.sign(round)), operator, Map.of());
        assertThat(executed.get("status")).as((String) executed.get("body")).isEqualTo(200);
        assertThat(call("POST", "/api/draws/" + id + "/abandon", Map.of("reason", "重抽"), operator, Map.of())
                .get("status")).isEqualTo(403);
        Map<String, Object> abandoned = call("POST", "/api/draws/" + id + "/abandon", Map.of("reason", "重抽"),
                Identity.tokenFor("DEPARTMENT_HEAD", "qy-amr"), Map.of());
        assertThat(abandoned.get("status")).isEqualTo(200);
        String log = (String) call("GET", "/api/draws/" + id + "/log", null, operator, Map.of()).get("body");
        assertThat(log).contains("\"actor\":\"it-draw_operator-qy-amr\"").contains("\"actor\":\"it-department_head-qy-amr\"");
    }

    private Map<String, Object> call(String method, String uri, Object body, String token,
                                     Map<String, String> headers) {
        var spec = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(uri);
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        for (var header : headers.entrySet()) {
            spec = spec.header(header.getKey(), header.getValue());
        }
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> Map.of("status", response.getStatusCode().value(),
                "body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static PlanApproved plan(String planId, int year) {
        PlanPolicyParameters policy = new PlanPolicyParameters("hebei", 3, new BigDecimal("0.03"), Map.of(), 2, 2, 4,
                "SUBSTITUTION_DRAW", 1, 20, 7, 20, null, 0, null);
        PlanTask task = new PlanTask("joint-1", "联合抽查", List.of(new PlanItemRef("item-amr-1", 1, "qy-amr"),
                new PlanItemRef("item-psb-1", 1, "qy-psb"), new PlanItemRef("item-cult-1", 1, "qy-cult")),
                new PlanObjectScope(null, null, null, null, null, null, null),
                List.of(new PlanSampleSize("A", new BigDecimal("0.05"), null), new PlanSampleSize("B", null, 4),
                        new PlanSampleSize("C", new BigDecimal("0.3"), null)),
                LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30), 1, "COUNTY", List.of(), 200);
        return new PlanApproved(UUID.randomUUID(), Instant.now(), planId, 1, "JOINT", year, "联合抽查计划", "qy-amr",
                List.of("qy-psb", "qy-cult"), policy, List.of(task), "approver");
    }

    private static RegistrySnapshotConfirmed confirmed(ConfirmedSnapshot s) {
        return new RegistrySnapshotConfirmed(UUID.randomUUID(), Instant.now(), s.snapshotId(), s.kind(),
                s.departmentIds(), List.of(), List.of(), s.recordCount(), s.merkleRoot(), s.contentSha256(), 0,
                "ssj-registry-snapshot-v1+gzip", s.contentPath(), "tokens", s.confirmedAt());
    }
}
