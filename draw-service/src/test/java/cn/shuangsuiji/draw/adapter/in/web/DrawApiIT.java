package cn.shuangsuiji.draw.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
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
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole draw against real MongoDB and Kafka: plan and snapshot events in, snapshot content served over HTTP
 * as registry-service serves it (only to a bearer of the service token, which the draw service gets by client
 * credentials from the issuer's token endpoint), commit and execute with the DEMO beacon by the initiating
 * department's operator, DrawCompleted on the topic, the bundle downloaded by a joining department and verified by
 * the standalone verifier. Callers are verified tokens as spring-security-test builds them (MockMvc).
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class DrawApiIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();
    static final String SERVICE_TOKEN = "service-token-" + SUFFIX;
    static final List<String> TOKEN_REQUESTS = new CopyOnWriteArrayList<>();
    static final List<String> CONTENT_AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    static HttpServer registry;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws IOException {
        RealInfra.register(properties, RealInfra.uniqueDatabase("draw_it"));
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/oauth2/token", exchange -> {
            try (exchange) {
                TOKEN_REQUESTS.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
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
            String id = exchange.getRequestURI().getPath().split("/")[4];
            byte[] body = CONTENT.get(id);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            CONTENT_AUTHORIZATIONS.add(String.valueOf(authorization));
            try (exchange) {
                if (!("Bearer " + SERVICE_TOKEN).equals(authorization)) {
                    exchange.sendResponseHeaders(401, -1);
                } else if (body == null) {
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
        properties.add("ssj.registry.base-url", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
        properties.add("ssj.security.issuer-uri", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
        properties.add("ssj.services.client-secret", () -> "it-secret");
        properties.add("ssj.draw.demo-beacon.enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventCodec codec;
    @Autowired
    OutboxRelay relay;
    @Autowired
    ReadModelUseCases readModels;

    @Test
    @SuppressWarnings("unchecked")
    void drawsAJointTaskFromEventsAndPublishesAVerifiableBundle() {
        String planId = "plan-it-" + SUFFIX;
        Instant confirmedAt = Instant.now().minusSeconds(60);
        // a scope of its own, so no snapshot confirmed elsewhere on the shared topic can make these stale
        String scope = "it-scope-" + SUFFIX;
        var entities = SnapshotFixtures.entities("snap-ent-" + SUFFIX, List.of(scope), confirmedAt,
                DrawFixtures.entities());
        var inspectors = SnapshotFixtures.inspectors("snap-ins-" + SUFFIX, List.of(scope), confirmedAt,
                DrawFixtures.inspectors(4, List.of()));
        CONTENT.put(entities.snapshot().snapshotId(), entities.content());
        CONTENT.put(inspectors.snapshot().snapshotId(), inspectors.content());
        PlanPolicyParameters policy = new PlanPolicyParameters("hebei", 3, new BigDecimal("0.03"), Map.of(), 2, 2, 4,
                "SUBSTITUTION_DRAW", 1, 20, 7, 20, null, 0, null);
        PlanTask task = new PlanTask("joint-1", "联合抽查", List.of(new PlanItemRef("item-amr-1", 1, "qy-amr"),
                new PlanItemRef("item-psb-1", 1, "qy-psb"), new PlanItemRef("item-cult-1", 1, "qy-cult")),
                new PlanObjectScope(null, null, null, null, null, null, null),
                List.of(new PlanSampleSize("A", new BigDecimal("0.05"), null), new PlanSampleSize("B", null, 4),
                        new PlanSampleSize("C", new BigDecimal("0.3"), null)),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30), 1, "COUNTY", List.of(), 200);
        List<IntegrationEvent> events = List.of(
                new PlanApproved(UUID.randomUUID(), Instant.now(), planId, 1, "JOINT", 2026, "联合抽查计划", "qy-amr",
                        List.of("qy-psb", "qy-cult"), policy, List.of(task), "approver"),
                confirmed(entities.snapshot()), confirmed(inspectors.snapshot()));
        for (IntegrationEvent e : events) {
            TopicProbe.send(e.topic(), e.aggregateId(), codec.encode(e),
                    Map.of("ce_type", e.eventType(), "ce_id", e.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readModels.plan(planId).isPresent()
                && readModels.snapshotsOf("INSPECTORS", scope).stream()
                .anyMatch(s -> s.snapshotId().equals(inspectors.snapshot().snapshotId()))
                && readModels.snapshotsOf("ENTITIES", scope).stream()
                .anyMatch(s -> s.snapshotId().equals(entities.snapshot().snapshotId())));

        long round = DrandQuicknet.firstRoundAfter(Instant.now().getEpochSecond() + 5);
        Map<String, Object> commit = Map.of("planId", planId, "taskId", "joint-1", "beaconNetwork", "ssj-demo",
                "beaconRound", round, "targetSnapshotIds", List.of(entities.snapshot().snapshotId()),
                "inspectorSnapshotIds", List.of(inspectors.snapshot().snapshotId()));
        assertThat(call("POST", "/api/draws", commit, OPERATOR_PSB).status()).isEqualTo(403);
        Response committed = call("POST", "/api/draws", commit, OPERATOR_AMR);
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        Map<String, Object> draw = committed.map();
        String id = (String) draw.get("id");
        assertThat(draw.get("state")).isEqualTo("COMMITTED");
        assertThat((Map<String, Object>) draw.get("beacon")).containsEntry("demo", true);
        // the snapshot content came with the service token, fetched once by client credentials and then reused
        assertThat(CONTENT_AUTHORIZATIONS).hasSize(2).containsOnly("Bearer " + SERVICE_TOKEN);
        assertThat(TOKEN_REQUESTS).hasSize(1);
        assertThat(TOKEN_REQUESTS.get(0)).startsWith("Basic " + java.util.Base64.getEncoder()
                .encodeToString("ssj-services:it-secret".getBytes(StandardCharsets.UTF_8)))
                .contains("grant_type=client_credentials");

        String signature = (String) call("GET", "/api/draws/demo-beacon/" + round, null, OPERATOR_AMR).map()
                .get("signature");
        Map<String, Object> executed = call("POST", "/api/draws/" + id + "/execute",
                Map.of("round", round, "signature", signature), OPERATOR_AMR).map();
        assertThat(executed.get("state")).isEqualTo("EXECUTED");
        assertThat((List<?>) executed.get("targets")).hasSize(6 + 4 + 6);

        Response again = call("POST", "/api/draws/" + id + "/execute", Map.of("signature", signature), OPERATOR_AMR);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.type()).startsWith("application/problem+json");
        assertThat(again.body()).contains("\"code\":\"DRAW_ALREADY_EXECUTED\"");

        // SUBSTITUTION_DRAW: the approver may not name the replacement (S2 21), 422 and nothing written
        Map<String, Object> drawn = ((List<Map<String, Object>>) executed.get("targets")).get(0);
        List<String> members = (List<String>) drawn.get("memberIds");
        String out = members.stream().filter(m -> m.startsWith("ins-qy-psb-")).findFirst().orElseThrow();
        String chosen = java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> "ins-qy-psb-" + i)
                .filter(i -> !members.contains(i)).findFirst().orElseThrow();
        Response choice = call("POST", "/api/draws/" + id + "/replacements", Map.of("targetId", drawn.get("entityId"),
                "inspectorId", out, "reason", "AVOIDANCE", "replacementInspectorId", chosen), HEAD_PSB);
        assertThat(choice.status()).isEqualTo(422);
        assertThat(choice.body()).contains("\"code\":\"DRAW_REPLACEMENT_CHOICE_NOT_ALLOWED\"");

        List<Map<String, Object>> forms = json.readValue(call("GET", "/api/draws/" + id + "/forms", null,
                Callers.user("head-qy-cult", "qy-cult", Role.DEPARTMENT_HEAD)).body(), List.class);
        assertThat(forms).hasSize(16).allSatisfy(f -> assertThat((List<?>) f.get("items")).hasSize(3));

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        List<ConsumerRecord<String, String>> records = TopicProbe.readByKey(Topics.DRAW_DRAWS, id, 2);
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly("ssj.draw.DrawCommitted", "ssj.draw.DrawCompleted");
        assertThat(records.get(1).value()).contains("\"resultHash\":\"" + executed.get("resultHash") + "\"")
                .contains("\"bundlePath\":\"/api/draws/" + id + "/bundle\"");

        Bundle bundle = BundleCodec.fromJson(call("GET", "/api/draws/" + id + "/bundle", null,
                Callers.user("operator-qy-psb", "qy-psb", Role.DRAW_OPERATOR)).body());
        VerificationReport report = new BundleVerifier(1).verify(bundle);
        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase("demo"));
        // the hash-chained log names the token subject of whoever acted
        assertThat(bundle.log()).filteredOn(e -> List.of("COMMIT", "EXECUTE").contains(e.kind()))
                .extracting(Bundle.LogEntry::actor).containsOnly("operator-qy-amr");
    }

    /**
     * Issue 12: with {@code Prefer: respond-async} the commit and the execution answer 202 with a job at once; the
     * job ends COMPLETED naming the draw; a refused commit ends its job FAILED with the refusal; and the start-up
     * recovery ends a dead process's commit job COMPLETED when its draw was stored, INTERRUPTED otherwise.
     */
    @Test
    @SuppressWarnings("unchecked")
    void commitsAndExecutesAsJobsWhenAskedToRespondAsync() throws Exception {
        String planId = "plan-async-" + SUFFIX;
        Instant confirmedAt = Instant.now().minusSeconds(60);
        String scope = "it-async-" + SUFFIX;
        var entities = SnapshotFixtures.entities("snap-aent-" + SUFFIX, List.of(scope), confirmedAt,
                DrawFixtures.entities());
        var inspectors = SnapshotFixtures.inspectors("snap-ains-" + SUFFIX, List.of(scope), confirmedAt,
                DrawFixtures.inspectors(4, List.of()));
        CONTENT.put(entities.snapshot().snapshotId(), entities.content());
        CONTENT.put(inspectors.snapshot().snapshotId(), inspectors.content());
        PlanPolicyParameters policy = new PlanPolicyParameters("hebei", 3, new BigDecimal("0.03"), Map.of(), 2, 2, 4,
                "SUBSTITUTION_DRAW", 1, 20, 7, 20, null, 0, null);
        PlanTask task = new PlanTask("async-1", "异步抽取", List.of(new PlanItemRef("item-amr-1", 1, "qy-amr")),
                new PlanObjectScope(null, null, null, null, null, null, null),
                List.of(new PlanSampleSize("A", null, 2), new PlanSampleSize("B", null, 2)),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30), 1, "COUNTY", List.of(), 200);
        for (IntegrationEvent e : List.of(
                new PlanApproved(UUID.randomUUID(), Instant.now(), planId, 1, "ANNUAL", 2026, "异步抽取计划", "qy-amr",
                        List.of(), policy, List.of(task), "approver"),
                confirmed(entities.snapshot()), confirmed(inspectors.snapshot()))) {
            TopicProbe.send(e.topic(), e.aggregateId(), codec.encode(e),
                    Map.of("ce_type", e.eventType(), "ce_id", e.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readModels.plan(planId).isPresent()
                && readModels.snapshotsOf("INSPECTORS", scope).stream()
                .anyMatch(s -> s.snapshotId().equals(inspectors.snapshot().snapshotId()))
                && readModels.snapshotsOf("ENTITIES", scope).stream()
                .anyMatch(s -> s.snapshotId().equals(entities.snapshot().snapshotId())));
        Instant beforeCommit = Instant.now();

        Map<String, Object> late = Map.of("planId", planId, "taskId", "async-1", "beaconNetwork", "ssj-demo",
                "beaconRound", 1, "targetSnapshotIds", List.of(entities.snapshot().snapshotId()),
                "inspectorSnapshotIds", List.of(inspectors.snapshot().snapshotId()));
        MockHttpServletResponse refused = async("POST", "/api/draws", late);
        assertThat(refused.getStatus()).isEqualTo(202);
        Map<String, Object> failed = finished(refused.getHeader("Location"));
        assertThat(failed).containsEntry("state", "FAILED").containsEntry("kind", "COMMIT")
                .containsEntry("failureCode", "DRAW_ROUND_NOT_FUTURE");

        long round = DrandQuicknet.firstRoundAfter(Instant.now().getEpochSecond() + 5);
        Map<String, Object> commit = new java.util.HashMap<>(late);
        commit.put("beaconRound", round);
        MockHttpServletResponse accepted = async("POST", "/api/draws", commit);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
        assertThat(accepted.getHeader("Preference-Applied")).isEqualTo("respond-async");
        assertThat(accepted.getHeader("Location")).startsWith("/api/draws/jobs/drawjob-");
        Map<String, Object> job = json.readValue(accepted.getContentAsString(StandardCharsets.UTF_8), Map.class);
        assertThat(job).containsEntry("kind", "COMMIT").containsEntry("planId", planId)
                .containsEntry("jobPath", accepted.getHeader("Location"));
        assertThat(call("GET", accepted.getHeader("Location"), null, OPERATOR_PSB).status())
                .as("another department's operator learns nothing of the job").isEqualTo(404);
        Map<String, Object> done = finished(accepted.getHeader("Location"));
        assertThat(done).containsEntry("state", "COMPLETED");
        String id = (String) done.get("drawId");
        assertThat(done.get("drawPath")).isEqualTo("/api/draws/" + id);
        assertThat(call("GET", "/api/draws/" + id, null, OPERATOR_AMR).map()).containsEntry("state", "COMMITTED");

        String signature = (String) call("GET", "/api/draws/demo-beacon/" + round, null, OPERATOR_AMR).map()
                .get("signature");
        MockHttpServletResponse executing = async("POST", "/api/draws/" + id + "/execute",
                Map.of("round", round, "signature", signature));
        assertThat(executing.getStatus()).isEqualTo(202);
        Map<String, Object> executed = finished(executing.getHeader("Location"));
        assertThat(executed).containsEntry("state", "COMPLETED").containsEntry("kind", "EXECUTE")
                .containsEntry("drawId", id);
        assertThat(call("GET", "/api/draws/" + id, null, OPERATOR_AMR).map()).containsEntry("state", "EXECUTED");

        // a dead process's jobs: one whose commit was stored (found by task, caller and time), one that stored nothing
        jobRepository.insert(cn.shuangsuiji.draw.domain.job.DrawJob.queued("drawjob-dead-" + SUFFIX,
                cn.shuangsuiji.draw.domain.job.DrawJobKind.COMMIT, planId, "async-1", null, "operator-qy-amr",
                "qy-amr", beforeCommit), Instant.now().minusSeconds(1));
        // (queued in a later second than the commit: commit times are stored in whole seconds, so a commit in the
        // second a job was queued counts as that job's)
        jobRepository.insert(cn.shuangsuiji.draw.domain.job.DrawJob.queued("drawjob-lost-" + SUFFIX,
                cn.shuangsuiji.draw.domain.job.DrawJobKind.COMMIT, planId, "async-1", null, "operator-qy-amr",
                "qy-amr", Instant.now().plusSeconds(2)), Instant.now().minusSeconds(1));
        recovery.recoverExpired(Instant.now());
        assertThat(jobRepository.find("drawjob-dead-" + SUFFIX).orElseThrow())
                .satisfies(j -> assertThat(j.state().name()).isEqualTo("COMPLETED"))
                .satisfies(j -> assertThat(j.drawId()).isEqualTo(id));
        assertThat(jobRepository.find("drawjob-lost-" + SUFFIX).orElseThrow())
                .satisfies(j -> assertThat(j.state().name()).isEqualTo("INTERRUPTED"))
                .satisfies(j -> assertThat(j.failureCode()).isEqualTo("DRAW_JOB_INTERRUPTED"));
    }

    @Autowired
    cn.shuangsuiji.draw.application.port.out.DrawJobRepository jobRepository;
    @Autowired
    cn.shuangsuiji.draw.application.port.in.RecoverInterruptedDrawJobsUseCase recovery;

    private MockHttpServletResponse async(String method, String uri, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri).with(OPERATOR_AMR)
                .header("Prefer", "respond-async").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    /** The job at {@code location} once it ended. */
    private Map<String, Object> finished(String location) {
        Map<String, Object>[] job = new Map[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            job[0] = call("GET", location, null, OPERATOR_AMR).map();
            return !List.of("QUEUED", "RUNNING").contains(job[0].get("state"));
        });
        return job[0];
    }

    static final RequestPostProcessor OPERATOR_AMR = Callers.user("operator-qy-amr", "qy-amr", Role.DRAW_OPERATOR);
    static final RequestPostProcessor OPERATOR_PSB = Callers.user("operator-qy-psb", "qy-psb", Role.DRAW_OPERATOR);
    static final RequestPostProcessor HEAD_PSB = Callers.user("head-qy-psb", "qy-psb", Role.DEPARTMENT_HEAD);

    /** A response: status, content type and body. */
    record Response(int status, String type, String body, ObjectMapper json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return json.readValue(body, Map.class);
        }
    }

    Response call(String method, String uri, Object body, RequestPostProcessor caller) {
        try {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
            if (caller != null) {
                request = request.with(caller);
            }
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            }
            MockHttpServletResponse response = RulesHarness.completed(mvc, request);
            return new Response(response.getStatus(), String.valueOf(response.getContentType()),
                    response.getContentAsString(StandardCharsets.UTF_8), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegistrySnapshotConfirmed confirmed(ConfirmedSnapshot s) {
        return new RegistrySnapshotConfirmed(UUID.randomUUID(), Instant.now(), s.snapshotId(), s.kind(),
                s.departmentIds(), List.of(), List.of(), s.recordCount(), s.merkleRoot(), s.contentSha256(), 0,
                "ssj-registry-snapshot-v1+gzip", s.contentPath(), "it", s.confirmedAt());
    }
}
