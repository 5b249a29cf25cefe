package cn.shuangsuiji.draw.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.AddWitnessUseCase;
import cn.shuangsuiji.draw.application.port.in.CommitDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DispatchDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.ExecuteDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.platform.audit.AuditEntry;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.tlog.BundleProofs;
import cn.shuangsuiji.drawprotocol.tlog.Checkpoint;
import cn.shuangsuiji.drawprotocol.tlog.NoteVerifierKey;
import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.Team;
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
import java.util.Comparator;
import java.util.List;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 部门隔离矩阵 — every mutating endpoint of the draw service and every endpoint that returns a draw's records
 * (forms, log, bundle) × {anonymous, other department, wrong role, right role} → the expected status and problem
 * code (issue 8 item 5), against the real MongoDB with verified tokens as spring-security-test builds them. Each row
 * draws a plan of its own year (so the year's selection ledger of one row never affects another) and prepares the
 * draw in the state the endpoint needs. The plans are initiated by qy-amr and joined by qy-psb and qy-cult.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawAccessMatrixIT {

    private static final String S = UUID.randomUUID().toString().substring(0, 8);
    private static final String SECRET = "witness secret " + S;
    private static final String WITNESS_NAME = "witness-" + S;
    private static final String TOWN = "mx-town-" + S;
    private static final String SCOPE = "mx-scope-" + S;
    private static final AtomicInteger YEAR = new AtomicInteger(2030 + Math.floorMod(S.hashCode(), 40) * 10);
    private static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();
    private static final Actor SYSTEM = Actor.system("matrix-setup");
    private static HttpServer registry;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws IOException {
        RealInfra.register(properties, RealInfra.uniqueDatabase("draw_matrix"));
        properties.add("spring.kafka.consumer.group-id", () -> "draw-matrix-" + S);
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] token = ("{\"access_token\":\"t-" + S + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                .getBytes(StandardCharsets.UTF_8);
        registry.createContext("/oauth2/token", exchange -> respond(exchange, 200, token));
        registry.createContext("/api/registry/snapshots/", exchange -> {
            byte[] body = CONTENT.get(exchange.getRequestURI().getPath().split("/")[4]);
            boolean authorized = ("Bearer t-" + S).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, !authorized ? 401 : body == null ? 404 : 200, authorized ? body : null);
        });
        registry.start();
        String base = "http://127.0.0.1:" + registry.getAddress().getPort();
        properties.add("ssj.registry.base-url", () -> base);
        properties.add("ssj.security.issuer-uri", () -> base);
        properties.add("ssj.draw.demo-beacon.enabled", () -> "true");
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) {
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitDrawUseCase commit;
    @Autowired
    AddWitnessUseCase addWitness;
    @Autowired
    ExecuteDrawUseCase execute;
    @Autowired
    DispatchDrawUseCase dispatch;
    @Autowired
    ReadModelUseCases readModels;
    @Autowired
    MongoTemplate mongo;

    private ConfirmedSnapshot entities;
    private ConfirmedSnapshot inspectors;

    // ---------------------------------------------------------------- callers

    static final RequestPostProcessor ANONYMOUS = null;
    static final RequestPostProcessor OPERATOR_AMR = Callers.user("operator-qy-amr", "qy-amr", Role.DRAW_OPERATOR);
    static final RequestPostProcessor OPERATOR_PSB = Callers.user("operator-qy-psb", "qy-psb", Role.DRAW_OPERATOR);
    static final RequestPostProcessor OPERATOR_EMG = Callers.user("operator-qy-emg", "qy-emg", Role.DRAW_OPERATOR);
    static final RequestPostProcessor HEAD_AMR = Callers.user("head-qy-amr", "qy-amr", Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_PSB = Callers.user("head-qy-psb", "qy-psb", Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_CULT = Callers.user("head-qy-cult", "qy-cult", Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_EMG = Callers.user("head-qy-emg", "qy-emg", Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_TOWN = Callers.user("head-" + TOWN, TOWN, Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor INSPECTOR_PSB = Callers.user("inspector-qy-psb", "qy-psb", Role.INSPECTOR);
    static final RequestPostProcessor WITNESS = Callers.user(WITNESS_NAME, null, Role.WITNESS);
    static final RequestPostProcessor OTHER_WITNESS = Callers.user("someone-else-" + S, null, Role.WITNESS);
    static final RequestPostProcessor JOINT_OFFICE = Callers.jointOffice("qy-joint", "qy-joint", "130634");

    @BeforeAll
    void snapshots() {
        Instant at = Instant.now().minusSeconds(60);
        var e = SnapshotFixtures.entities("mx-ent-" + S, List.of(SCOPE), at, DrawFixtures.entities());
        var i = SnapshotFixtures.inspectors("mx-ins-" + S, List.of(SCOPE), at, DrawFixtures.inspectors(8, List.of()));
        CONTENT.put(e.snapshot().snapshotId(), e.content());
        CONTENT.put(i.snapshot().snapshotId(), i.content());
        readModels.snapshotConfirmed(confirmed(e.snapshot()));
        readModels.snapshotConfirmed(confirmed(i.snapshot()));
        entities = e.snapshot();
        inspectors = i.snapshot();
    }

    /** The states a row's draw starts in. */
    enum Start { PLAN, COMMITTED, EXECUTED, WITNESSED, DISPATCHED }

    /**
     * One row of the matrix.
     *
     * @param name   what the row shows
     * @param start  the state prepared before the call
     * @param method HTTP method
     * @param path   path; {@code {id}} is the draw, {@code {plan}} its plan
     * @param body   body; {@code {plan}}, {@code {round}}, {@code {signature}}, {@code {target}}, {@code {inspector}}
     *               are filled in
     * @param caller the caller, {@code null} for anonymous
     * @param status expected status
     * @param code   expected problem code, or null for a success
     */
    record Row(String name, Start start, String method, String path, String body, RequestPostProcessor caller,
               int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        String commit = "{\"planId\":\"{plan}\",\"taskId\":\"joint-1\",\"beaconNetwork\":\"ssj-demo\","
                + "\"beaconRound\":{round},\"targetSnapshotIds\":[\"{entities}\"],"
                + "\"inspectorSnapshotIds\":[\"{inspectors}\"]}";
        String execute = "{\"signature\":\"{signature}\",\"witnessReveals\":[\"" + SECRET + "\"]}";
        String reveal = "{\"reveal\":\"" + SECRET + "\"}";
        String substitute = "{\"targetId\":\"{target}\",\"reason\":\"NOT_FOUND_AT_ADDRESS\","
                + "\"evidence\":\"核查记录 2026-017\"}";
        String replace = "{\"targetId\":\"{target}\",\"inspectorId\":\"{inspector}\",\"reason\":\"AVOIDANCE\"}";
        String witness = "{\"name\":\"" + WITNESS_NAME + "\",\"role\":\"MEDIA\",\"organisation\":\"县融媒体中心\"}";
        String reason = "{\"reason\":\"见证人未到场\"}";
        String dispatch = "{\"departmentIds\":[\"" + TOWN + "\"],\"note\":\"请确认\"}";
        String asWitness = "{\"role\":\"WITNESS\"}";
        String asSupervisor = "{\"role\":\"SUPERVISOR\"}";
        String asDrawer = "{\"role\":\"DRAWER\"}";
        String draw = "/api/draws/{id}";
        return Stream.of(
                // 承诺 commit
                row("commit: anonymous", Start.PLAN, "POST", "/api/draws", commit, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("commit: operator of a joining department", Start.PLAN, "POST", "/api/draws", commit,
                        OPERATOR_PSB, 403, "FORBIDDEN"),
                row("commit: head of the initiating department (wrong role)", Start.PLAN, "POST", "/api/draws",
                        commit, HEAD_AMR, 403, "FORBIDDEN"),
                row("commit: operator of the initiating department", Start.PLAN, "POST", "/api/draws", commit,
                        OPERATOR_AMR, 201, null),
                // 执行 execute
                row("execute: anonymous", Start.COMMITTED, "POST", draw + "/execute", execute, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("execute: operator of a joining department", Start.COMMITTED, "POST", draw + "/execute", execute,
                        OPERATOR_PSB, 403, "FORBIDDEN"),
                row("execute: head (wrong role)", Start.COMMITTED, "POST", draw + "/execute", execute, HEAD_AMR, 403,
                        "FORBIDDEN"),
                row("execute: operator", Start.COMMITTED, "POST", draw + "/execute", execute, OPERATOR_AMR, 200,
                        null),
                // 见证人公开秘密 reveal, as themself
                row("reveal: anonymous", Start.COMMITTED, "POST", draw + "/reveals", reveal, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("reveal: operator (wrong role)", Start.COMMITTED, "POST", draw + "/reveals", reveal, OPERATOR_AMR,
                        403, "FORBIDDEN"),
                row("reveal: another witness (not in the commitment)", Start.COMMITTED, "POST", draw + "/reveals",
                        reveal, OTHER_WITNESS, 422, "DRAW_WITNESS_UNKNOWN"),
                row("reveal: the committed witness", Start.COMMITTED, "POST", draw + "/reveals", reveal, WITNESS, 200,
                        null),
                // 递补 substitute
                row("substitute: anonymous", Start.EXECUTED, "POST", draw + "/substitutions", substitute, ANONYMOUS,
                        401, "UNAUTHENTICATED"),
                row("substitute: operator of a joining department", Start.EXECUTED, "POST", draw + "/substitutions",
                        substitute, OPERATOR_PSB, 403, "FORBIDDEN"),
                row("substitute: operator (wrong role: the head approves)", Start.EXECUTED, "POST",
                        draw + "/substitutions", substitute, OPERATOR_AMR, 403, "FORBIDDEN"),
                row("substitute: head of a joining department", Start.EXECUTED, "POST", draw + "/substitutions",
                        substitute, HEAD_PSB, 403, "FORBIDDEN"),
                row("substitute: head of the initiating department", Start.EXECUTED, "POST", draw + "/substitutions",
                        substitute, HEAD_AMR, 200, null),
                // 人员调整 replace (approved by a head)
                row("replace: anonymous", Start.EXECUTED, "POST", draw + "/replacements", replace, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("replace: head of an uninvolved department", Start.EXECUTED, "POST", draw + "/replacements",
                        replace, HEAD_EMG, 403, "FORBIDDEN"),
                row("replace: operator (wrong role)", Start.EXECUTED, "POST", draw + "/replacements", replace,
                        OPERATOR_AMR, 403, "FORBIDDEN"),
                row("replace: head of the joining department", Start.EXECUTED, "POST", draw + "/replacements",
                        replace, HEAD_PSB, 200, null),
                // 登记见证人 witnesses
                row("add witness: anonymous", Start.COMMITTED, "POST", draw + "/witnesses", witness, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("add witness: operator of a joining department", Start.COMMITTED, "POST", draw + "/witnesses",
                        witness, OPERATOR_PSB, 403, "FORBIDDEN"),
                row("add witness: a witness (wrong role)", Start.COMMITTED, "POST", draw + "/witnesses", witness,
                        WITNESS, 403, "FORBIDDEN"),
                row("add witness: operator", Start.COMMITTED, "POST", draw + "/witnesses", witness, OPERATOR_AMR, 200,
                        null),
                // 结果确认 confirmations, as themself
                row("confirm as witness: anonymous", Start.WITNESSED, "POST", draw + "/confirmations", asWitness,
                        ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("confirm as witness: operator (wrong role)", Start.WITNESSED, "POST", draw + "/confirmations",
                        asWitness, OPERATOR_AMR, 403, "FORBIDDEN"),
                row("confirm as witness: an unregistered witness", Start.WITNESSED, "POST", draw + "/confirmations",
                        asWitness, OTHER_WITNESS, 422, "DRAW_WITNESS_UNKNOWN"),
                row("confirm as witness: the registered witness", Start.WITNESSED, "POST", draw + "/confirmations",
                        asWitness, WITNESS, 200, null),
                row("confirm as drawer: head (wrong role)", Start.EXECUTED, "POST", draw + "/confirmations", asDrawer,
                        HEAD_AMR, 403, "FORBIDDEN"),
                row("confirm as supervisor: head of a joining department", Start.EXECUTED, "POST",
                        draw + "/confirmations", asSupervisor, HEAD_PSB, 403, "FORBIDDEN"),
                row("confirm as supervisor: head", Start.EXECUTED, "POST", draw + "/confirmations", asSupervisor,
                        HEAD_AMR, 200, null),
                // 作废 abandon: a committed draw by operator or head; an executed one only by a head
                row("abandon committed: anonymous", Start.COMMITTED, "POST", draw + "/abandon", reason, ANONYMOUS,
                        401, "UNAUTHENTICATED"),
                row("abandon committed: operator of a joining department", Start.COMMITTED, "POST",
                        draw + "/abandon", reason, OPERATOR_PSB, 403, "FORBIDDEN"),
                row("abandon committed: witness (wrong role)", Start.COMMITTED, "POST", draw + "/abandon", reason,
                        WITNESS, 403, "FORBIDDEN"),
                row("abandon committed: operator", Start.COMMITTED, "POST", draw + "/abandon", reason, OPERATOR_AMR,
                        200, null),
                row("abandon executed: anonymous", Start.EXECUTED, "POST", draw + "/abandon", reason, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("abandon executed: operator only", Start.EXECUTED, "POST", draw + "/abandon", reason,
                        OPERATOR_AMR, 403, "FORBIDDEN"),
                row("abandon executed: head of a joining department", Start.EXECUTED, "POST", draw + "/abandon",
                        reason, HEAD_PSB, 403, "FORBIDDEN"),
                row("abandon executed: head", Start.EXECUTED, "POST", draw + "/abandon", reason, HEAD_AMR, 200, null),
                // 下派 dispatch and its confirmation by the receiving department
                row("dispatch: anonymous", Start.EXECUTED, "POST", draw + "/dispatches", dispatch, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("dispatch: operator of a joining department", Start.EXECUTED, "POST", draw + "/dispatches",
                        dispatch, OPERATOR_PSB, 403, "FORBIDDEN"),
                row("dispatch: witness (wrong role)", Start.EXECUTED, "POST", draw + "/dispatches", dispatch, WITNESS,
                        403, "FORBIDDEN"),
                row("dispatch: operator, to a department the task did not name", Start.EXECUTED, "POST",
                        draw + "/dispatches", dispatch, OPERATOR_AMR, 422, "DRAW_DISPATCH_NOT_IN_TASK"),
                row("dispatch: head of a joining department", Start.EXECUTED, "POST", draw + "/dispatches", dispatch,
                        HEAD_PSB, 403, "FORBIDDEN"),
                row("dispatch: head (approves a dispatch the task did not name)", Start.EXECUTED, "POST",
                        draw + "/dispatches", dispatch, HEAD_AMR, 200, null),
                row("confirm dispatch: anonymous", Start.DISPATCHED, "POST", draw + "/dispatches/" + TOWN + "/confirm",
                        null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("confirm dispatch: head of the dispatching department", Start.DISPATCHED, "POST",
                        draw + "/dispatches/" + TOWN + "/confirm", null, HEAD_AMR, 403, "FORBIDDEN"),
                row("confirm dispatch: witness (wrong role)", Start.DISPATCHED, "POST",
                        draw + "/dispatches/" + TOWN + "/confirm", null, WITNESS, 403, "FORBIDDEN"),
                row("confirm dispatch: head of the receiving department", Start.DISPATCHED, "POST",
                        draw + "/dispatches/" + TOWN + "/confirm", null, HEAD_TOWN, 200, null),
                // 读取 draw, log, forms and bundle (the records of who checks whom)
                row("read draw: anonymous", Start.EXECUTED, "GET", draw, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("read draw: operator of an uninvolved department", Start.EXECUTED, "GET", draw, null, OPERATOR_EMG,
                        403, "FORBIDDEN"),
                row("read draw: inspector of a joining department", Start.EXECUTED, "GET", draw, null, INSPECTOR_PSB,
                        200, null),
                row("read draw: joint office", Start.EXECUTED, "GET", draw, null, JOINT_OFFICE, 200, null),
                row("forms: anonymous", Start.EXECUTED, "GET", draw + "/forms", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("forms: head of an uninvolved department", Start.EXECUTED, "GET", draw + "/forms", null, HEAD_EMG,
                        403, "FORBIDDEN"),
                row("forms: head of a joining department", Start.EXECUTED, "GET", draw + "/forms", null, HEAD_CULT,
                        200, null),
                row("log: anonymous", Start.EXECUTED, "GET", draw + "/log", null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("log: operator of an uninvolved department", Start.EXECUTED, "GET", draw + "/log", null,
                        OPERATOR_EMG, 403, "FORBIDDEN"),
                row("log: operator", Start.EXECUTED, "GET", draw + "/log", null, OPERATOR_AMR, 200, null),
                row("bundle: anonymous", Start.EXECUTED, "GET", draw + "/bundle", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("bundle: operator of an uninvolved department", Start.EXECUTED, "GET", draw + "/bundle", null,
                        OPERATOR_EMG, 403, "FORBIDDEN"),
                row("bundle: operator of a joining department", Start.EXECUTED, "GET", draw + "/bundle", null,
                        OPERATOR_PSB, 200, null),
                // 抽取列表 list (issue 11): the readers of a draw; an uninvolved department gets an empty page
                row("list: anonymous", Start.EXECUTED, "GET", "/api/draws?planId={plan}", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("list: operator of an uninvolved department", Start.EXECUTED, "GET", "/api/draws?planId={plan}",
                        null, OPERATOR_EMG, 200, null),
                row("list: inspector of a joining department", Start.EXECUTED, "GET", "/api/draws?planId={plan}",
                        null, INSPECTOR_PSB, 200, null),
                row("list: a bad cursor", Start.EXECUTED, "GET", "/api/draws?planId={plan}&after=%20%2F%24bad", null,
                        OPERATOR_AMR, 400, "DRAW_CURSOR_INVALID"),
                row("list: an unknown state", Start.EXECUTED, "GET", "/api/draws?state=DONE", null, OPERATOR_AMR, 400,
                        "DRAW_STATE_UNKNOWN"),
                row("list: a page too large", Start.EXECUTED, "GET", "/api/draws?limit=501", null, OPERATOR_AMR, 400,
                        "DRAW_LIMIT_INVALID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsTheRightsTableSays(Row row) throws Exception {
        Prepared p = prepare(row.start());
        MockHttpServletResponse response = perform(row.method(), fill(row.path(), p), row.body() == null ? null
                : fill(row.body(), p), row.caller());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(body).contains("\"code\":\"" + row.code() + "\"");
        }
    }

    @Test
    void theLogAndTheAuditTrailNameTheTokenSubjectAndTheBundleCarriesNoPersonalData() throws Exception {
        Prepared p = prepare(Start.EXECUTED);
        assertThat(perform("POST", "/api/draws/" + p.id() + "/abandon", "{\"reason\":\"重新抽取\"}", HEAD_AMR)
                .getStatus()).isEqualTo(200);
        String log = perform("GET", "/api/draws/" + p.id() + "/log", null, HEAD_AMR)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"kind\":\"ABANDON\"").contains("\"actor\":\"head-qy-amr\"");
        List<AuditEntry> trail = mongo.find(Query.query(Criteria.where("aggregateId").is(p.id())), AuditEntry.class)
                .stream().sorted(Comparator.comparing(AuditEntry::id)).toList();
        assertThat(trail).extracting(AuditEntry::action).containsExactly("draw.commit", "draw.execute",
                "draw.abandon");
        assertThat(trail.get(2).subject()).isEqualTo("head-qy-amr");
        assertThat(trail.get(2).roles()).containsExactly("DEPARTMENT_HEAD");
        assertThat(trail.get(2).actorDepartment()).isEqualTo("qy-amr");
        assertThat(trail.get(2).department()).isEqualTo("qy-amr");

        Prepared other = prepare(Start.EXECUTED);
        String bundle = perform("GET", "/api/draws/" + other.id() + "/bundle", null, OPERATOR_PSB)
                .getContentAsString(StandardCharsets.UTF_8);
        // legal representatives (法人) and the inspectors' declared relations are not in the published bundle
        assertThat(bundle).contains("\"targets\"").doesNotContain("法人").doesNotContain("relationKeys")
                .doesNotContain("partyKeys");
    }

    /**
     * 透明日志 (issue 11): anyone, without a token, reads the checkpoints, the key and the proofs; a draw's bundle
     * carries inclusion proofs, and the verifier CLI checks it against a checkpoint kept before the draw, with the
     * consistency proof served here. Each action's checkpoint went to the outbox with the action.
     */
    @Test
    void theTransparencyLogIsPublicAndABundleVerifiesAgainstACheckpointKeptBeforeIt(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        prepare(Start.EXECUTED);
        String kept = text(perform("GET", "/api/draws/log/checkpoint", null, ANONYMOUS));
        String vkey = text(perform("GET", "/api/draws/log/key", null, ANONYMOUS));
        NoteVerifierKey key = NoteVerifierKey.parse(vkey);
        Checkpoint keptCheckpoint = Checkpoint.open(kept, key);
        assertThat(keptCheckpoint.origin()).isEqualTo("shuangsuiji.cn/draw-log");

        Prepared p = prepare(Start.EXECUTED);
        String json = text(perform("GET", "/api/draws/" + p.id() + "/bundle", null, OPERATOR_PSB));
        Bundle bundle = BundleCodec.fromJson(json);
        assertThat(bundle.transparency()).isNotNull();
        cn.shuangsuiji.draw.BundleSchema.assertValid(json);
        Checkpoint bundleCheckpoint = Checkpoint.open(bundle.transparency().checkpoint(), key);
        assertThat(bundleCheckpoint.treeSize()).isGreaterThan(keptCheckpoint.treeSize());
        assertThat(text(perform("GET", "/api/draws/log/checkpoints/" + bundleCheckpoint.treeSize(), null, ANONYMOUS)))
                .isEqualTo(bundle.transparency().checkpoint());

        String consistency = text(perform("GET", "/api/draws/log/proofs/consistency?from="
                + keptCheckpoint.treeSize() + "&to=" + bundleCheckpoint.treeSize(), null, ANONYMOUS));
        assertThat(BundleProofs.check(bundle, keptCheckpoint, ProofJson.consistency(consistency), key).errors())
                .isEmpty();
        // the verifier CLI on the real bundle
        java.nio.file.Files.writeString(dir.resolve("bundle.json"), json);
        java.nio.file.Files.writeString(dir.resolve("kept.txt"), kept);
        java.nio.file.Files.writeString(dir.resolve("proof.json"), consistency);
        java.nio.file.Files.writeString(dir.resolve("log.vkey"), vkey + "\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = cn.shuangsuiji.verifier.cli.Main.run(new String[] {"inclusion", dir.resolve("bundle.json").toString(),
                dir.resolve("kept.txt").toString(), "--proof", dir.resolve("proof.json").toString(), "--key",
                dir.resolve("log.vkey").toString()}, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();

        String leaves = text(perform("GET", "/api/draws/log/draws/" + p.id(), null, ANONYMOUS));
        for (Bundle.LogProof proof : bundle.transparency().proofs()) {
            assertThat(leaves).contains("\"leafIndex\":" + proof.leafIndex());
            String inclusion = text(perform("GET", "/api/draws/log/proofs/inclusion?index=" + proof.leafIndex()
                    + "&size=" + bundleCheckpoint.treeSize(), null, ANONYMOUS));
            assertThat(ProofJson.inclusion(inclusion).proof()).extracting(Hash32::hex)
                    .containsExactlyElementsOf(proof.proof());
        }
        MockHttpServletResponse bad = perform("GET", "/api/draws/log/proofs/inclusion?index=0&size=0", null,
                ANONYMOUS);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"DRAW_LOG_SIZE_INVALID\"");
        assertThat(perform("GET", "/api/draws/log/checkpoints/0", null, ANONYMOUS).getStatus()).isEqualTo(404);
        // the bundle itself still needs a token
        assertThat(perform("GET", "/api/draws/" + p.id() + "/bundle", null, ANONYMOUS).getStatus()).isEqualTo(401);
        // every checkpoint made went to the outbox, in the transaction of its action
        assertThat(mongo.find(Query.query(Criteria.where("type").is("ssj.draw.DrawLogCheckpointed")),
                cn.shuangsuiji.platform.events.OutboxRecord.class)).extracting(r -> r.payload())
                .anySatisfy(payload -> assertThat(payload).contains("\"treeSize\":" + bundleCheckpoint.treeSize()));
    }

    /**
     * 抽取列表 (issue 11): {@code GET /api/draws} by plan, task, state and department, keyset-paged, showing each
     * caller only the draws they may read (an uninvolved department none, a joining department's inspector and the
     * joint office all).
     */
    @Test
    void listsDrawsByPlanTaskStateAndDepartmentInKeysetPages() throws Exception {
        Prepared p = prepare(Start.EXECUTED);
        assertThat(perform("POST", "/api/draws/" + p.id() + "/abandon", "{\"reason\":\"重新抽取\"}", HEAD_AMR)
                .getStatus()).isEqualTo(200);
        String redraw = commit.commit(new DrawCommands.Commit(p.plan(), "joint-1", DemoBeacon.NETWORK, p.round(),
                List.of(entities.snapshotId()), List.of(inspectors.snapshotId()), List.of(),
                List.of(new DrawCommands.WitnessCommitment(WITNESS_NAME, DrawFixtures.key(SECRET))), SYSTEM))
                .id().value();
        List<String> both = java.util.stream.Stream.of(p.id(), redraw).sorted().toList();
        String byPlan = "/api/draws?planId=" + p.plan();

        assertThat(ids(byPlan, OPERATOR_AMR)).containsExactlyElementsOf(both);
        assertThat(ids(byPlan + "&taskId=joint-1", JOINT_OFFICE)).containsExactlyElementsOf(both);
        assertThat(ids(byPlan + "&taskId=other", OPERATOR_AMR)).isEmpty();
        assertThat(ids(byPlan + "&state=ABANDONED", OPERATOR_AMR)).containsExactly(p.id());
        assertThat(ids(byPlan + "&state=COMMITTED", INSPECTOR_PSB)).containsExactly(redraw);
        assertThat(ids(byPlan + "&departmentId=qy-psb", JOINT_OFFICE)).containsExactlyElementsOf(both);
        assertThat(ids(byPlan + "&departmentId=qy-emg", JOINT_OFFICE)).isEmpty();
        assertThat(ids(byPlan, OPERATOR_EMG)).isEmpty();

        String first = text(perform("GET", byPlan + "&limit=1", null, OPERATOR_AMR));
        assertThat(JsonPath.<List<String>>read(first, "$.draws[*].id")).containsExactly(both.get(0));
        String after = JsonPath.read(first, "$.nextAfter");
        assertThat(after).isEqualTo(both.get(0));
        String second = text(perform("GET", byPlan + "&limit=1&after=" + after, null, OPERATOR_AMR));
        assertThat(JsonPath.<List<String>>read(second, "$.draws[*].id")).containsExactly(both.get(1));
        String third = text(perform("GET", byPlan + "&limit=1&after=" + both.get(1), null, OPERATOR_AMR));
        assertThat(JsonPath.<List<String>>read(third, "$.draws[*].id")).isEmpty();
        assertThat((Object) JsonPath.read(third, "$.nextAfter")).isNull();
    }

    private List<String> ids(String path, RequestPostProcessor caller) throws Exception {
        return JsonPath.read(text(perform("GET", path, null, caller)), "$.draws[*].id");
    }

    private static String text(MockHttpServletResponse response) throws java.io.UnsupportedEncodingException {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return body;
    }

    /** A prepared draw: its id and plan, the round, a drawn target and a joining department's member of its team. */
    record Prepared(String id, String plan, long round, String target, String inspector) {
    }

    private Prepared prepare(Start start) {
        String plan = "mx-plan-" + S + "-" + YEAR.get();
        int year = YEAR.getAndIncrement();
        readModels.planApproved(plan(plan, year));
        readModels.departmentRegistered(TOWN, "TOWNSHIP", "qy-amr");
        long round = DrandQuicknet.firstRoundAfter(Instant.now().getEpochSecond() + 30);
        if (start == Start.PLAN) {
            return new Prepared(null, plan, round, null, null);
        }
        var draw = commit.commit(new DrawCommands.Commit(plan, "joint-1", DemoBeacon.NETWORK, round,
                List.of(entities.snapshotId()), List.of(inspectors.snapshotId()), List.of(),
                List.of(new DrawCommands.WitnessCommitment(WITNESS_NAME, DrawFixtures.key(SECRET))), SYSTEM));
        String id = draw.id().value();
        if (start == Start.COMMITTED) {
            return new Prepared(id, plan, round, null, null);
        }
        if (start == Start.WITNESSED) {
            // S2 20: a witness is registered before the result exists
            addWitness.addWitness(new DrawCommands.AddWitness(id, WITNESS_NAME, "MEDIA", "县融媒体中心", SYSTEM));
        }
        var view = execute.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round), List.of(), List.of(SECRET),
                SYSTEM));
        RankedTarget target = view.outcome().targets().get(0);
        Team team = view.outcome().team(target.id());
        String member = team.members().stream().map(InspectorId::value).filter(m -> m.startsWith("ins-qy-psb-"))
                .findFirst().orElseThrow();
        if (start == Start.DISPATCHED) {
            dispatch.dispatch(new DrawCommands.DispatchTo(id, List.of(TOWN), "请确认", SYSTEM));
        }
        return new Prepared(id, plan, round, target.id().value(), member);
    }

    private String fill(String template, Prepared p) {
        return template.replace("{id}", String.valueOf(p.id())).replace("{plan}", p.plan())
                .replace("{round}", String.valueOf(p.round())).replace("{signature}", DemoBeacon.sign(p.round()))
                .replace("{entities}", entities.snapshotId()).replace("{inspectors}", inspectors.snapshotId())
                .replace("{target}", String.valueOf(p.target())).replace("{inspector}", String.valueOf(p.inspector()));
    }

    private MockHttpServletResponse perform(String method, String path, String body, RequestPostProcessor caller)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (caller != null) {
            request = request.with(caller);
        }
        return RulesHarness.completed(mvc, request);
    }

    private static Arguments row(String name, Start start, String method, String path, String body,
                                 RequestPostProcessor caller, int status, String code) {
        return Arguments.of(new Row(name, start, method, path, body, caller, status, code));
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
                "ssj-registry-snapshot-v1+gzip", s.contentPath(), "matrix", s.confirmedAt());
    }
}
