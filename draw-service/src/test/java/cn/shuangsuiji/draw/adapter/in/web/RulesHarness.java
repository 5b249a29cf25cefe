package cn.shuangsuiji.draw.adapter.in.web;

import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.TopicProbe;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Shared steps of the rule ITs: a registry stand-in serving snapshot content (and the service token), plan and
 * snapshot events sent to the real Kafka, and MockMvc calls with spring-security-test tokens.
 */
final class RulesHarness {

    static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();
    static final String SERVICE_TOKEN = "service-token-" + UUID.randomUUID();
    static HttpServer registry;

    private RulesHarness() {
    }

    static void start(DynamicPropertyRegistry properties) throws IOException {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/oauth2/token", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                byte[] token = ("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, token.length);
                exchange.getResponseBody().write(token);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        registry.createContext("/api/registry/snapshots/", exchange -> {
            byte[] body = CONTENT.get(exchange.getRequestURI().getPath().split("/")[4]);
            try (exchange) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        registry.start();
        String base = "http://127.0.0.1:" + registry.getAddress().getPort();
        properties.add("ssj.registry.base-url", () -> base);
        properties.add("ssj.security.issuer-uri", () -> base);
        properties.add("ssj.services.client-secret", () -> "it-secret");
        properties.add("ssj.draw.demo-beacon.enabled", () -> "true");
    }

    static void stop() {
        registry.stop(0);
    }

    /** {@code n} active class-A enterprises of region 130634 with ids {@code prefix-0..n-1}. */
    static List<EntityRecord> entities(String prefix, int n) {
        List<EntityRecord> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new EntityRecord(prefix + "-" + i, "ENTERPRISE", "130634", "C13", "A", "ACTIVE", List.of(), 0,
                    String.format("91130634%s%04d", Integer.toHexString(prefix.hashCode()).toUpperCase(), i),
                    "法人" + i));
        }
        return list;
    }

    /** {@code n} active inspectors of a department with general competence. */
    static List<InspectorRecord> inspectors(String department, int n, String tag) {
        List<InspectorRecord> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new InspectorRecord("ins-" + department + "-" + tag + "-" + i, department, "130634", "执法",
                    List.of(), List.of(), List.of(), "ACTIVE", List.of()));
        }
        return list;
    }

    static ConfirmedSnapshot entitySnapshot(EventCodec codec, String id, String scope, List<EntityRecord> rows) {
        var f = SnapshotFixtures.entities(id, List.of(scope), Instant.now().minusSeconds(60), rows);
        CONTENT.put(id, f.content());
        send(codec, confirmed(f.snapshot()));
        return f.snapshot();
    }

    static ConfirmedSnapshot inspectorSnapshot(EventCodec codec, String id, String scope,
                                               List<InspectorRecord> rows) {
        var f = SnapshotFixtures.inspectors(id, List.of(scope), Instant.now().minusSeconds(60), rows);
        CONTENT.put(id, f.content());
        send(codec, confirmed(f.snapshot()));
        return f.snapshot();
    }

    static RegistrySnapshotConfirmed confirmed(ConfirmedSnapshot s) {
        return new RegistrySnapshotConfirmed(UUID.randomUUID(), Instant.now(), s.snapshotId(), s.kind(),
                s.departmentIds(), List.of(), List.of(), s.recordCount(), s.merkleRoot(), s.contentSha256(), 0,
                "ssj-registry-snapshot-v1+gzip", s.contentPath(), "it", s.confirmedAt());
    }

    static PlanPolicyParameters policy(int minRegistrySize) {
        return new PlanPolicyParameters("hebei", 3, new BigDecimal("0.03"), Map.of(), 2, 2, minRegistrySize,
                "SUBSTITUTION_DRAW", 1, 20, 7, 20, null, 0, null);
    }

    /** A one-department annual plan with one task on one item, drawing {@code count} targets a round. */
    static PlanApproved annualPlan(String planId, String department, String level, String itemId, int count,
                                   int frequency, List<String> dispatchedTo, PlanPolicyParameters policy) {
        PlanTask task = new PlanTask("t1", "抽查任务", List.of(new PlanItemRef(itemId, 1, department)),
                new PlanObjectScope(null, null, null, null, null, null, null),
                List.of(new PlanSampleSize(null, null, count)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                frequency, level, dispatchedTo, null);
        return new PlanApproved(UUID.randomUUID(), Instant.now(), planId, 1, "ANNUAL", 2026, "年度抽查计划",
                department, List.of(), policy, List.of(task), "approver");
    }

    static void send(EventCodec codec, IntegrationEvent e) {
        TopicProbe.send(e.topic(), e.aggregateId(), codec.encode(e),
                Map.of("ce_type", e.eventType(), "ce_id", e.eventId().toString()));
    }

    static void awaitTrue(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }

    static void awaitInputs(ReadModelUseCases readModels, String planId, String scope, int snapshots) {
        awaitTrue(() -> readModels.plan(planId).isPresent()
                && readModels.snapshotsOf("ENTITIES", scope).size() + readModels.snapshotsOf("INSPECTORS", scope)
                .size() >= snapshots);
    }

    static Map<String, Object> commitBody(String planId, String taskId, String entitySnapshot,
                                          String inspectorSnapshot) {
        long round = DrandQuicknet.firstRoundAfter(Instant.now().getEpochSecond() + 5);
        return Map.of("planId", planId, "taskId", taskId, "beaconNetwork", "ssj-demo", "beaconRound", round,
                "targetSnapshotIds", List.of(entitySnapshot), "inspectorSnapshotIds", List.of(inspectorSnapshot));
    }

    /** A response: status, content type and body. */
    record Response(int status, String type, String body, ObjectMapper json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return json.readValue(body, Map.class);
        }

        String code() {
            Object c = map().get("code");
            return c == null ? null : c.toString();
        }
    }

    static Response call(MockMvc mvc, ObjectMapper json, String method, String uri, Object body,
                         RequestPostProcessor caller) {
        try {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
            if (caller != null) {
                request = request.with(caller);
            }
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            }
            MockHttpServletResponse response = completed(mvc, request);
            return new Response(response.getStatus(), String.valueOf(response.getContentType()),
                    response.getContentAsString(StandardCharsets.UTF_8), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole response to {@code request}: a streamed answer (the bundle is written straight to the response) is
     * an asynchronous request under MockMvc, dispatched here so its body is there.
     */
    static MockHttpServletResponse completed(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
        }
        return result.getResponse();
    }

    /** Commits and executes with the demo beacon; returns the executed draw. */
    static Map<String, Object> commitAndExecute(MockMvc mvc, ObjectMapper json, Map<String, Object> commit,
                                                RequestPostProcessor operator) {
        Response committed = call(mvc, json, "POST", "/api/draws", commit, operator);
        if (committed.status() != 201) {
            throw new AssertionError("commit answered " + committed.status() + ": " + committed.body());
        }
        return execute(mvc, json, (String) committed.map().get("id"), operator);
    }

    static Map<String, Object> execute(MockMvc mvc, ObjectMapper json, String id, RequestPostProcessor operator) {
        Map<String, Object> draw = call(mvc, json, "GET", "/api/draws/" + id, null, operator).map();
        long round = ((Number) ((Map<?, ?>) draw.get("beacon")).get("round")).longValue();
        String signature = (String) call(mvc, json, "GET", "/api/draws/demo-beacon/" + round, null, operator).map()
                .get("signature");
        Response executed = call(mvc, json, "POST", "/api/draws/" + id + "/execute",
                Map.of("round", round, "signature", signature), operator);
        if (executed.status() != 200) {
            throw new AssertionError("execute answered " + executed.status() + ": " + executed.body());
        }
        return executed.map();
    }
}
