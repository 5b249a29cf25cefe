package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.security.TokenActors;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.validation.IdNumber;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * 部门隔离矩阵 — every mutating registry endpoint and every endpoint that can return personal data, called by
 * {anonymous, another department, a wrong role, the right role}, against the real MongoDB. Tokens are built with
 * spring-security-test's {@code jwt()} carrying the platform claims, their authorities computed by the real
 * {@link TokenActors}. 401 and 403 must be problem+json with the stable codes {@code UNAUTHENTICATED} and
 * {@code FORBIDDEN}; a personal-data read must show the marker (a phone number) in clear exactly when the right
 * role reads it. The table is in registry-service/README.md.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    static final String OWN = "m-own";
    static final String OTHER = "m-other";
    static final String USCC = Uscc.complete("91130634MA0M00001");
    static final String ENTITY = "ent-" + USCC;
    static final String ENTITY_PHONE = "13912340001";
    static final String CERTIFICATE = "MX-0001";
    static final String INSPECTOR = InspectorId.ofCertificate(CERTIFICATE).value();
    static final String INSPECTOR_PHONE = "13712340002";
    static final String EXPERT = "mx-expert";
    static final String EXPERT_PHONE = "13812340003";
    static final String ITEM = "item-mx-0001";
    static final String TAG = "mx.tag";
    static final String STALE = "\"999\"";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_matrix_it"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenActors tokenActors;

    final JsonMapper json = JsonMapper.builder().build();

    /** The snapshot confirmed in the set-up (its id is random). */
    static String snapshot;

    /** What a row expects. */
    enum Expect {
        /** 401 problem+json UNAUTHENTICATED. */
        UNAUTHENTICATED,
        /** 403 problem+json FORBIDDEN. */
        FORBIDDEN,
        /** Neither 401 nor 403 nor 5xx: success or a validation / precondition answer of the use case. */
        ALLOWED,
        /** 200 with the personal-data marker in clear. */
        CLEAR,
        /** 200 without the marker in clear. */
        MASKED
    }

    /** One caller: a label and its token (null for anonymous). */
    record Who(String label, RequestPostProcessor token) {
        @Override
        public String toString() {
            return label;
        }
    }

    Who anonymous() {
        return new Who("anonymous", null);
    }

    Who as(String department, Role... roles) {
        String label = Arrays.stream(roles).map(Role::name).reduce((a, b) -> a + "+" + b).orElse("none")
                + (department == null ? "" : "@" + department);
        Jwt token = Jwt.withTokenValue("matrix").header("alg", "RS256").subject(label.toLowerCase())
                .claim("roles", Arrays.stream(roles).map(Role::name).toList()).claim("client_id", "ssj-web")
                .claim("aud", List.of("ssj-platform")).claim("name", label)
                .claims(c -> {
                    if (department != null) {
                        c.put("department", department);
                    }
                })
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
        return new Who(label, jwt().jwt(token).authorities(tokenActors.authenticate(token).getAuthorities()));
    }

    /** An endpoint: how to call it and who is the other department, the wrong role and the right role. */
    record Endpoint(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Who other, Who wrong, Who right,
                    Expect otherExpect, Expect wrongExpect, Expect rightExpect, String marker) {
    }

    String body(Object value) {
        return json.writeValueAsString(value);
    }

    MockHttpServletRequestBuilder jsonPost(String path, Object value) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body(value));
    }

    MockHttpServletRequestBuilder jsonPut(String path, Object value) {
        return put(path).contentType(MediaType.APPLICATION_JSON).content(body(value)).header("If-Match", STALE);
    }

    static Map<String, Object> entity(String uscc) {
        return Map.of("name", "曲阳县矩阵测试有限公司", "uscc", uscc, "legalRepresentative", "王建国",
                "regionCode", "130634", "objectType", "ENTERPRISE", "creditClass", "B",
                "supervisionScopes", List.of(OWN), "phone", ENTITY_PHONE);
    }

    static Map<String, Object> inspector(String certificate) {
        return Map.of("departmentId", OWN, "name", "李明", "certificateNumber", certificate,
                "certificateValidUntil", "2030-12-31", "regionCode", "130634", "phone", INSPECTOR_PHONE,
                "idNumber", IdNumber.complete("13063419800101123"));
    }

    static Map<String, Object> expert(String id) {
        return Map.of("id", id, "name", "李建国", "organisation", "河北省特种设备监督检验研究院", "departmentId", OWN,
                "specialties", List.of("特种设备"), "phone", EXPERT_PHONE,
                "relations", List.of(Map.of("kind", "SPOUSE", "personName", "王秀兰", "idNumber", "13063419800101002X")));
    }

    static Map<String, Object> itemContent(String project) {
        Map<String, Object> c = new HashMap<>();
        c.put("checkProject", project);
        c.put("subItems", List.of(Map.of("name", "营业执照规范悬挂")));
        c.put("content", "对企业登记事项进行实地核查");
        c.put("legalBasis", "《中华人民共和国市场主体登记管理条例》第三十八条");
        c.put("method", "ON_SITE");
        c.put("objectType", "ENTERPRISE");
        c.put("category", "GENERAL");
        c.put("defaultRatio", 0.03);
        c.put("defaultFrequency", 1);
        return c;
    }

    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, Who who) throws Exception {
        if (who.token() != null) {
            request.with(who.token());
        }
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            // streamed exports: wait for the body
            result.getAsyncResult(20_000);
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result;
    }

    void expectCreated(MockHttpServletRequestBuilder request, Who who) throws Exception {
        MvcResult result = perform(request, who);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isBetween(200, 299);
    }

    @BeforeAll
    void fixture() throws Exception {
        Who admin = as(null, Role.PLATFORM_ADMIN);
        Who clerk = as(OWN, Role.REGISTRY_CLERK);
        for (String department : List.of(OWN, OTHER)) {
            expectCreated(jsonPost("/api/registry/departments", Map.of("id", department, "name", "矩阵部门" + department,
                    "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634")), admin);
        }
        expectCreated(jsonPost("/api/registry/entities", entity(USCC)), clerk);
        expectCreated(jsonPost("/api/registry/inspectors", inspector(CERTIFICATE)), clerk);
        expectCreated(jsonPost("/api/registry/experts", expert(EXPERT)), clerk);
        expectCreated(jsonPost("/api/registry/items", Map.of("id", ITEM, "departmentId", OWN,
                "content", itemContent("矩阵事项"))), clerk);
        expectCreated(jsonPost("/api/registry/tags", Map.of("code", TAG, "name", "矩阵标签",
                "targets", List.of("ENTITY"))), clerk);
        MvcResult snap = perform(jsonPost("/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(OWN))), clerk);
        assertThat(snap.getResponse().getStatus()).isEqualTo(201);
        snapshot = json.readTree(snap.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asText();
    }

    List<Endpoint> endpoints() {
        Who clerk = as(OWN, Role.REGISTRY_CLERK);
        Who otherClerk = as(OTHER, Role.REGISTRY_CLERK);
        Who planner = as(OWN, Role.PLANNER);
        Who head = as(OWN, Role.DEPARTMENT_HEAD);
        Who otherHead = as(OTHER, Role.DEPARTMENT_HEAD);
        Who admin = as(null, Role.PLATFORM_ADMIN);
        Who service = as(null, Role.SERVICE);
        Who otherInspector = as(OTHER, Role.INSPECTOR);
        Expect f = Expect.FORBIDDEN;
        Expect ok = Expect.ALLOWED;
        List<Endpoint> e = new ArrayList<>();
        // organisations and shared libraries
        e.add(new Endpoint("POST /departments", () -> jsonPost("/api/registry/departments", Map.of("id", "m-new",
                "name", "新部门", "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634")),
                otherHead, clerk, admin, f, f, ok, null));
        e.add(new Endpoint("POST /tags", () -> jsonPost("/api/registry/tags", Map.of("code", "mx.new", "name", "新标签",
                "targets", List.of("ENTITY"))), as(OTHER, Role.PLANNER), planner, clerk, f, f, ok, null));
        e.add(new Endpoint("PUT /tags/{code}", () -> jsonPut("/api/registry/tags/" + TAG, Map.of("name", "改名",
                "targets", List.of("ENTITY"))), as(OTHER, Role.PLANNER), planner, clerk, f, f, ok, null));
        // inspection items
        e.add(new Endpoint("POST /items", () -> jsonPost("/api/registry/items", Map.of("id", "item-mx-0002",
                "departmentId", OWN, "content", itemContent("新事项"))), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /items/{id}/versions", () -> jsonPost("/api/registry/items/" + ITEM + "/versions",
                itemContent("第二版")).header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("PUT /items/{id}/versions/{v}", () -> jsonPut("/api/registry/items/" + ITEM + "/versions/1",
                itemContent("改稿")), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /items/{id}/versions/{v}/publish", () -> post("/api/registry/items/" + ITEM
                + "/versions/1/publish").header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /items/{id}/withdraw", () -> jsonPost("/api/registry/items/" + ITEM + "/withdraw",
                Map.of("reason", "废止")).header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /items/{id}/claims", () -> jsonPost("/api/registry/items/" + ITEM + "/claims",
                Map.of("departmentId", OWN)), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /joint-item-lists", () -> jsonPost("/api/registry/joint-item-lists", Map.of(
                "id", "joint-mx", "name", "联合", "initiatingDepartmentId", OWN, "departmentIds", List.of(OTHER),
                "items", List.of(Map.of("departmentId", OWN, "itemId", ITEM)))), otherClerk, planner, clerk, f, f,
                ok, null));
        // entities
        e.add(new Endpoint("POST /entities", () -> jsonPost("/api/registry/entities",
                entity(Uscc.complete("91130634MA0M00002"))), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("PUT /entities/{id}", () -> jsonPut("/api/registry/entities/" + ENTITY, entity(USCC)),
                otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("POST /entities/{id}/deregistration", () -> jsonPost("/api/registry/entities/" + ENTITY
                + "/deregistration", Map.of("status", "CANCELLED", "reason", "歇业")).header("If-Match", STALE),
                otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("DELETE /entities/{id}/personal/phone", () -> delete("/api/registry/entities/" + ENTITY
                + "/personal/phone").header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("GET /entities/{id}", () -> get("/api/registry/entities/" + ENTITY), otherClerk, planner,
                head, Expect.MASKED, Expect.MASKED, Expect.CLEAR, ENTITY_PHONE));
        e.add(new Endpoint("GET /entities/{id}/history", () -> get("/api/registry/entities/" + ENTITY + "/history"),
                otherHead, planner, clerk, Expect.MASKED, Expect.MASKED, Expect.CLEAR, ENTITY_PHONE));
        e.add(new Endpoint("GET /entities (list)", () -> get("/api/registry/entities?departmentId=" + OWN),
                otherClerk, planner, clerk, Expect.MASKED, Expect.MASKED, Expect.MASKED, ENTITY_PHONE));
        e.add(new Endpoint("GET /entities/export", () -> get("/api/registry/entities/export?format=csv&departmentId="
                + OWN), otherClerk, planner, clerk, Expect.MASKED, Expect.MASKED, Expect.CLEAR, ENTITY_PHONE));
        // inspectors
        e.add(new Endpoint("POST /inspectors", () -> jsonPost("/api/registry/inspectors", inspector("MX-0002")),
                otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("PUT /inspectors/{id}", () -> jsonPut("/api/registry/inspectors/" + INSPECTOR,
                inspector(CERTIFICATE)), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("DELETE /inspectors/{id}/personal/phone", () -> delete("/api/registry/inspectors/"
                + INSPECTOR + "/personal/phone").header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok,
                null));
        e.add(new Endpoint("GET /inspectors/{id}", () -> get("/api/registry/inspectors/" + INSPECTOR), otherHead,
                planner, clerk, Expect.MASKED, Expect.MASKED, Expect.CLEAR, INSPECTOR_PHONE));
        e.add(new Endpoint("GET /inspectors/{id}/history", () -> get("/api/registry/inspectors/" + INSPECTOR
                + "/history"), otherClerk, planner, head, Expect.MASKED, Expect.MASKED, Expect.CLEAR,
                INSPECTOR_PHONE));
        e.add(new Endpoint("GET /inspectors (list)", () -> get("/api/registry/inspectors?departmentId=" + OWN),
                otherClerk, planner, clerk, Expect.MASKED, Expect.MASKED, Expect.MASKED, INSPECTOR_PHONE));
        e.add(new Endpoint("GET /inspectors/export", () -> get("/api/registry/inspectors/export?format=csv"
                + "&departmentId=" + OWN), otherClerk, planner, head, Expect.MASKED, Expect.MASKED, Expect.CLEAR,
                INSPECTOR_PHONE));
        // experts
        e.add(new Endpoint("POST /experts", () -> jsonPost("/api/registry/experts", expert("mx-expert-2")),
                otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("PUT /experts/{id}", () -> jsonPut("/api/registry/experts/" + EXPERT, expert(EXPERT)),
                otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("DELETE /experts/{id}/personal/phone", () -> delete("/api/registry/experts/" + EXPERT
                + "/personal/phone").header("If-Match", STALE), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("GET /experts/{id}", () -> get("/api/registry/experts/" + EXPERT), otherClerk, planner,
                clerk, Expect.MASKED, Expect.MASKED, Expect.CLEAR, EXPERT_PHONE));
        // snapshots
        e.add(new Endpoint("POST /snapshots", () -> jsonPost("/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(OWN))), otherClerk, planner, clerk, f, f, ok, null));
        e.add(new Endpoint("GET /snapshots/{id}/content", () -> get("/api/registry/snapshots/" + snapshot
                + "/content"), otherClerk, otherInspector, service, f, f, ok, null));
        // imports (rows of another department are refused row by row, see RegistryPrivacyIT)
        e.add(new Endpoint("POST /imports", () -> multipart("/api/registry/imports").file(new MockMultipartFile(
                "file", "empty.csv", "text/csv", "名称,统一社会信用代码\n".getBytes(StandardCharsets.UTF_8))),
                as(OTHER, Role.PLANNER), planner, clerk, f, f, ok, null));
        // the public view needs no token and never shows personal data
        e.add(new Endpoint("GET /public/inspectors/{id}", () -> get("/api/registry/public/inspectors/" + INSPECTOR),
                otherClerk, planner, clerk, Expect.MASKED, Expect.MASKED, Expect.MASKED, INSPECTOR_PHONE));
        // read logs and the audit trail
        e.add(new Endpoint("GET /personal-data-reads", () -> get("/api/registry/personal-data-reads?departmentId="
                + OWN), otherHead, clerk, head, f, f, ok, null));
        e.add(new Endpoint("GET /audit", () -> get("/api/registry/audit?department=" + OWN), otherHead, clerk,
                head, f, f, ok, null));
        return e;
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            rows.add(Arguments.of(e.name(), anonymous(), e.name().contains("/public/") ? Expect.MASKED
                    : Expect.UNAUTHENTICATED, e));
            rows.add(Arguments.of(e.name(), e.other(), e.otherExpect(), e));
            rows.add(Arguments.of(e.name(), e.wrong(), e.wrongExpect(), e));
            rows.add(Arguments.of(e.name(), e.right(), e.rightExpect(), e));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void answersAsTheTableSays(String endpoint, Who who, Expect expect, Endpoint e) throws Exception {
        MvcResult result = perform(e.request().get(), who);
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String type = String.valueOf(result.getResponse().getContentType());
        switch (expect) {
            case UNAUTHENTICATED -> {
                assertThat(status).as(body).isEqualTo(401);
                assertThat(type).startsWith("application/problem+json");
                assertThat(body).contains("\"code\":\"UNAUTHENTICATED\"").contains("未登录");
            }
            case FORBIDDEN -> {
                assertThat(status).as(body).isEqualTo(403);
                assertThat(type).startsWith("application/problem+json");
                assertThat(body).contains("\"code\":\"FORBIDDEN\"").contains("无权");
            }
            case ALLOWED -> assertThat(status).as(body).isNotIn(401, 403).isLessThan(500);
            case CLEAR -> {
                assertThat(status).as(body).isEqualTo(200);
                assertThat(body).contains(e.marker());
            }
            case MASKED -> {
                assertThat(status).as(body).isEqualTo(200);
                assertThat(body).doesNotContain(e.marker());
                assertThat(List.of(USCC, CERTIFICATE, EXPERT)).as("the record itself is shown: " + body)
                        .anyMatch(body::contains);
            }
        }
    }
}
