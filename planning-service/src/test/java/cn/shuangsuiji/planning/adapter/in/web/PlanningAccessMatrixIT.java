package cn.shuangsuiji.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.planning.application.port.in.CreatePlanCommand;
import cn.shuangsuiji.planning.application.port.in.PlanDraft;
import cn.shuangsuiji.planning.application.port.in.PlanUseCases;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.planning.domain.plan.AdministrativeLevel;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import cn.shuangsuiji.planning.domain.plan.ItemRef;
import cn.shuangsuiji.planning.domain.plan.ObjectScope;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import cn.shuangsuiji.planning.domain.plan.SampleSize;
import cn.shuangsuiji.planning.domain.plan.TaskId;
import cn.shuangsuiji.platform.audit.AuditEntry;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
import tools.jackson.databind.ObjectMapper;

/**
 * 部门隔离矩阵 — every mutating endpoint of planning (and the plan reads) × {anonymous, other department, wrong
 * role, right role} → the expected status and problem code (issue 8 item 5), against the real MongoDB with verified
 * tokens as spring-security-test builds them. Each row prepares its own plan in the state the endpoint needs.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningAccessMatrixIT {

    private static final String S = UUID.randomUUID().toString().substring(0, 8);
    /** Department A (the plans' initiating department), B (a sibling, joins joint plans), C (another county). */
    static final String A = "mx-a-" + S;
    static final String B = "mx-b-" + S;
    static final String C = "mx-c-" + S;
    /** The city department above A (a higher level, S1 13). */
    static final String CITY = "mx-city-" + S;
    private static final String JURISDICTION = "130634";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("planning_matrix"));
        registry.add("spring.kafka.consumer.group-id", () -> "planning-matrix-" + S);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlanUseCases plans;

    @Autowired
    ReferenceDataUseCases reference;

    @Autowired
    MongoTemplate mongo;

    // ---------------------------------------------------------------- callers

    static final RequestPostProcessor ANONYMOUS = null;
    static final RequestPostProcessor PLANNER_A = Callers.user("planner-" + A, A, Role.PLANNER);
    static final RequestPostProcessor PLANNER_B = Callers.user("planner-" + B, B, Role.PLANNER);
    static final RequestPostProcessor PLANNER_C = Callers.user("planner-" + C, C, Role.PLANNER);
    static final RequestPostProcessor HEAD_A = Callers.user("head-" + A, A, Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_B = Callers.user("head-" + B, B, Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor HEAD_CITY = Callers.user("head-" + CITY, CITY, Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor INSPECTOR_A = Callers.user("inspector-" + A, A, Role.INSPECTOR);
    /** A head who also drafts (both roles): separation of duties still refuses their own plan. */
    static final RequestPostProcessor PLANNING_HEAD_A =
            Callers.user("planning-head-" + A, A, Role.PLANNER, Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor JOINT_OFFICE = Callers.jointOffice("joint-" + S, "mx-joint-" + S, JURISDICTION);
    static final RequestPostProcessor OTHER_JOINT_OFFICE = Callers.jointOffice("joint2-" + S, "mx-j2-" + S, "130700");
    static final RequestPostProcessor ADMIN = Callers.user("admin-" + S, null, Role.PLATFORM_ADMIN);

    private static final Actor SETUP_PLANNER = actor("planner-" + A, A, Role.PLANNER);
    private static final Actor SETUP_HEAD = actor("setup-head-" + A, A, Role.DEPARTMENT_HEAD);
    private static final Actor SETUP_PLANNING_HEAD = actor("planning-head-" + A, A, Role.PLANNER,
            Role.DEPARTMENT_HEAD);

    @BeforeAll
    void departmentsAndItems() {
        reference.departmentRegistered(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), CITY, "市局 " + S,
                "MARKET_REGULATION", "CITY", "130600", null));
        reference.departmentRegistered(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), A, "部门 A " + S,
                "MARKET_REGULATION", "COUNTY", JURISDICTION, CITY));
        reference.departmentRegistered(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), B, "部门 B " + S,
                "PUBLIC_SECURITY", "COUNTY", JURISDICTION, null));
        reference.departmentRegistered(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), C, "部门 C " + S,
                "MARKET_REGULATION", "COUNTY", "130700", null));
        for (String dept : List.of(A, B, C)) {
            reference.itemPublished(new InspectionItemPublished(UUID.randomUUID(), Instant.now(), item(dept), 1, dept,
                    "检查项目 " + dept, List.of("子项"), "依据", "ON_SITE", "ENTERPRISE", "GENERAL",
                    new BigDecimal("0.05"), 1));
        }
    }

    /** The plan states a row starts from. */
    enum Start { NONE, DRAFT, SUBMITTED, APPROVED, PUBLISHED, JOINT_SUBMITTED, SUBMITTED_BY_PLANNING_HEAD,
        DEPARTMENT_POLICY, JURISDICTION_POLICY }

    /**
     * One row of the matrix.
     *
     * @param name     what the row shows
     * @param start    the state prepared before the call
     * @param method   HTTP method
     * @param path     path, {@code {id}} replaced by the prepared plan or policy id
     * @param body     request body, {@code {id}} replaced likewise, or null
     * @param caller   the caller, {@code null} for anonymous
     * @param status   expected status
     * @param code     expected problem code, or null for a success
     */
    record Row(String name, Start start, String method, String path, String body, RequestPostProcessor caller,
               int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        String annual = "{\"id\":\"{id}\",\"kind\":\"ANNUAL\",\"year\":2024,\"title\":\"年度计划\","
                + "\"participatingDepartmentIds\":[],\"tasks\":[" + task(A) + "]}";
        String joint = "{\"id\":\"{id}\",\"kind\":\"JOINT\",\"year\":2024,\"title\":\"联合计划\","
                + "\"participatingDepartmentIds\":[\"" + B + "\"],\"tasks\":[" + task(A, B) + "]}";
        String revise = "{\"title\":\"改后\",\"participatingDepartmentIds\":[],\"tasks\":[" + task(A) + "]}";
        String reason = "{\"reason\":\"测试理由\"}";
        String deptPolicy = "{\"id\":\"{id}\",\"scope\":\"DEPARTMENT\",\"ownerId\":\"" + B + "\",\"name\":\"从严\","
                + "\"parameters\":{\"minAnnualRatio\":0.05}}";
        String jurisdictionPolicy = "{\"id\":\"{id}\",\"scope\":\"JURISDICTION\",\"ownerId\":\"{region}\","
                + "\"name\":\"辖区\",\"parameters\":{\"minAnnualRatio\":0.04}}";
        String revisePolicy = "{\"reason\":\"调整\",\"parameters\":{\"minAnnualRatio\":0.06}}";
        String plans = "/api/planning/plans";
        String plan = plans + "/{id}";
        return Stream.of(
                // 编制 create (the caller's department initiates)
                row("create: anonymous", Start.NONE, "POST", plans, annual, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("create: head (wrong role)", Start.NONE, "POST", plans, annual, HEAD_A, 403, "FORBIDDEN"),
                row("create: joint office, annual plan", Start.NONE, "POST", plans, annual, JOINT_OFFICE, 403,
                        "FORBIDDEN"),
                row("create: planner of A", Start.NONE, "POST", plans, annual, PLANNER_A, 201, null),
                row("create: planner of A, joint plan", Start.NONE, "POST", plans, joint, PLANNER_A, 201, null),
                // 修改 revise
                row("revise: anonymous", Start.DRAFT, "PUT", plan, revise, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("revise: planner of B", Start.DRAFT, "PUT", plan, revise, PLANNER_B, 403, "FORBIDDEN"),
                row("revise: head of A", Start.DRAFT, "PUT", plan, revise, HEAD_A, 403, "FORBIDDEN"),
                row("revise: planner of A", Start.DRAFT, "PUT", plan, revise, PLANNER_A, 200, null),
                // 报备 submit
                row("submit: anonymous", Start.DRAFT, "POST", plan + "/submit", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("submit: planner of B", Start.DRAFT, "POST", plan + "/submit", null, PLANNER_B, 403, "FORBIDDEN"),
                row("submit: head of A", Start.DRAFT, "POST", plan + "/submit", null, HEAD_A, 403, "FORBIDDEN"),
                row("submit: planner of A", Start.DRAFT, "POST", plan + "/submit", null, PLANNER_A, 200, null),
                // 退回 return
                row("return: anonymous", Start.SUBMITTED, "POST", plan + "/return", reason, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("return: head of B", Start.SUBMITTED, "POST", plan + "/return", reason, HEAD_B, 403, "FORBIDDEN"),
                row("return: planner of A", Start.SUBMITTED, "POST", plan + "/return", reason, PLANNER_A, 403,
                        "FORBIDDEN"),
                row("return: head of A", Start.SUBMITTED, "POST", plan + "/return", reason, HEAD_A, 200, null),
                // 批准 approve
                row("approve: anonymous", Start.SUBMITTED, "POST", plan + "/approve", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("approve: head of B", Start.SUBMITTED, "POST", plan + "/approve", null, HEAD_B, 403, "FORBIDDEN"),
                row("approve: head of the city above", Start.SUBMITTED, "POST", plan + "/approve", null, HEAD_CITY,
                        403, "FORBIDDEN"),
                row("approve: planner of A", Start.SUBMITTED, "POST", plan + "/approve", null, PLANNER_A, 403,
                        "FORBIDDEN"),
                row("approve: joint office, annual plan", Start.SUBMITTED, "POST", plan + "/approve", null,
                        JOINT_OFFICE, 403, "FORBIDDEN"),
                row("approve: head of A who drafted and submitted it", Start.SUBMITTED_BY_PLANNING_HEAD, "POST",
                        plan + "/approve", null, PLANNING_HEAD_A, 403, "PLAN_SELF_APPROVAL"),
                row("approve: head of A", Start.SUBMITTED, "POST", plan + "/approve", null, HEAD_A, 200, null),
                row("approve: joint office of another jurisdiction, joint plan", Start.JOINT_SUBMITTED, "POST",
                        plan + "/approve", null, OTHER_JOINT_OFFICE, 403, "FORBIDDEN"),
                row("approve: joint office of the jurisdiction, joint plan", Start.JOINT_SUBMITTED, "POST",
                        plan + "/approve", null, JOINT_OFFICE, 200, null),
                // 公示 publish
                row("publish: anonymous", Start.APPROVED, "POST", plan + "/publish", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("publish: head of B", Start.APPROVED, "POST", plan + "/publish", null, HEAD_B, 403, "FORBIDDEN"),
                row("publish: planner of A", Start.APPROVED, "POST", plan + "/publish", null, PLANNER_A, 403,
                        "FORBIDDEN"),
                row("publish: head of A", Start.APPROVED, "POST", plan + "/publish", null, HEAD_A, 200, null),
                // 变更 amend
                row("amend: anonymous", Start.PUBLISHED, "POST", plan + "/amend", reason, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("amend: planner of B", Start.PUBLISHED, "POST", plan + "/amend", reason, PLANNER_B, 403,
                        "FORBIDDEN"),
                row("amend: head of A", Start.PUBLISHED, "POST", plan + "/amend", reason, HEAD_A, 403, "FORBIDDEN"),
                row("amend: planner of A", Start.PUBLISHED, "POST", plan + "/amend", reason, PLANNER_A, 200, null),
                // 撤销 withdraw
                row("withdraw: anonymous", Start.DRAFT, "POST", plan + "/withdraw", reason, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("withdraw: head of B", Start.DRAFT, "POST", plan + "/withdraw", reason, HEAD_B, 403, "FORBIDDEN"),
                row("withdraw: planner of A", Start.DRAFT, "POST", plan + "/withdraw", reason, PLANNER_A, 403,
                        "FORBIDDEN"),
                row("withdraw: head of A", Start.DRAFT, "POST", plan + "/withdraw", reason, HEAD_A, 200, null),
                // 查看 read
                row("read: anonymous", Start.DRAFT, "GET", plan, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("read: planner of C (not involved)", Start.DRAFT, "GET", plan, null, PLANNER_C, 403, "FORBIDDEN"),
                row("read: joint office of another jurisdiction", Start.DRAFT, "GET", plan, null, OTHER_JOINT_OFFICE,
                        403, "FORBIDDEN"),
                row("read: inspector of A", Start.DRAFT, "GET", plan, null, INSPECTOR_A, 200, null),
                row("read: head of the city above A", Start.DRAFT, "GET", plan, null, HEAD_CITY, 200, null),
                row("read: joint office of the jurisdiction", Start.DRAFT, "GET", plan, null, JOINT_OFFICE, 200,
                        null),
                row("read: planner of B, a joint plan B joins", Start.JOINT_SUBMITTED, "GET", plan, null, PLANNER_B,
                        200, null),
                row("list: planner of C asking for A", Start.DRAFT, "GET", plans + "?departmentId=" + A, null,
                        PLANNER_C, 403, "FORBIDDEN"),
                row("list: planner of A", Start.DRAFT, "GET", plans + "?departmentId=" + A, null, PLANNER_A, 200,
                        null),
                // 政策 policies
                row("jurisdiction policy: anonymous", Start.NONE, "POST", "/api/planning/policies",
                        jurisdictionPolicy, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("jurisdiction policy: head of A", Start.NONE, "POST", "/api/planning/policies",
                        jurisdictionPolicy, HEAD_A, 403, "FORBIDDEN"),
                row("jurisdiction policy: platform admin", Start.NONE, "POST", "/api/planning/policies",
                        jurisdictionPolicy, ADMIN, 201, null),
                row("department policy of B: head of A", Start.NONE, "POST", "/api/planning/policies", deptPolicy,
                        HEAD_A, 403, "FORBIDDEN"),
                row("department policy of B: planner of B", Start.NONE, "POST", "/api/planning/policies",
                        deptPolicy, PLANNER_B, 403, "FORBIDDEN"),
                row("department policy of B: head of B", Start.NONE, "POST", "/api/planning/policies", deptPolicy,
                        HEAD_B, 201, null),
                row("revise department policy: anonymous", Start.DEPARTMENT_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("revise department policy: head of B", Start.DEPARTMENT_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, HEAD_B, 403, "FORBIDDEN"),
                row("revise department policy: planner of A", Start.DEPARTMENT_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, PLANNER_A, 403, "FORBIDDEN"),
                row("revise department policy: head of A", Start.DEPARTMENT_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, HEAD_A, 200, null),
                row("revise jurisdiction policy: head of A", Start.JURISDICTION_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, HEAD_A, 403, "FORBIDDEN"),
                row("revise jurisdiction policy: platform admin", Start.JURISDICTION_POLICY, "PUT",
                        "/api/planning/policies/{id}", revisePolicy, ADMIN, 200, null),
                // 工作日历 calendar: any authenticated caller
                row("calendar: anonymous", Start.NONE, "GET", "/api/planning/calendar/is-working-day?date=2024-10-12",
                        null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("calendar: inspector of C", Start.NONE, "GET",
                        "/api/planning/calendar/is-working-day?date=2024-10-12", null,
                        Callers.user("inspector-" + C, C, Role.INSPECTOR), 200, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsTheRightsTableSays(Row row) throws Exception {
        String id = prepare(row.start());
        String region = String.valueOf(139000 + COUNTER.incrementAndGet());
        String path = row.path().replace("{id}", id);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path);
        if (row.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .content(row.body().replace("{id}", id).replace("{region}", region));
        }
        if (row.caller() != null) {
            request = request.with(row.caller());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(body).contains("\"code\":\"" + row.code() + "\"");
        }
    }

    @Test
    void everyWorkflowStepIsInTheAuditTrailWithTheTokenSubject() throws Exception {
        String id = prepare(Start.SUBMITTED);
        var response = mvc.perform(MockMvcRequestBuilders.post("/api/planning/plans/" + id + "/approve")
                .with(HEAD_A)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"userId\":\"head-" + A + "\"");
        List<AuditEntry> trail = mongo.find(Query.query(Criteria.where("aggregateId").is(id)), AuditEntry.class)
                .stream().sorted(java.util.Comparator.comparing(AuditEntry::id)).toList();
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("plan.create", "plan.submit", "plan.approve");
        AuditEntry approval = trail.get(2);
        assertThat(approval.subject()).isEqualTo("head-" + A);
        assertThat(approval.actorDepartment()).isEqualTo(A);
        assertThat(approval.roles()).containsExactly("DEPARTMENT_HEAD");
        assertThat(approval.department()).isEqualTo(A);
    }

    private String prepare(Start start) {
        String id = "mx-" + S + "-" + COUNTER.incrementAndGet();
        PlanId plan = new PlanId(id);
        switch (start) {
            case NONE -> {
                return id;
            }
            case DEPARTMENT_POLICY -> {
                // a department has one own policy: the department policy rows revise the same one
                return departmentPolicy();
            }
            case JURISDICTION_POLICY -> {
                String region = String.valueOf(138000 + COUNTER.incrementAndGet());
                perform("POST", "/api/planning/policies", "{\"id\":\"" + id + "\",\"scope\":\"JURISDICTION\","
                        + "\"ownerId\":\"" + region + "\",\"name\":\"辖区\",\"parameters\":{\"minAnnualRatio\":0.04}}",
                        ADMIN);
                return id;
            }
            case JOINT_SUBMITTED -> {
                plans.create(new CreatePlanCommand(plan, PlanKind.JOINT, 2024, new PlanDraft("联合计划",
                        List.of(new DepartmentId(B)), List.of(domainTask(A, B))), domain(SETUP_PLANNER)), SETUP_PLANNER);
                plans.submit(plan, SETUP_PLANNER);
                return id;
            }
            case SUBMITTED_BY_PLANNING_HEAD -> {
                plans.create(new CreatePlanCommand(plan, PlanKind.ANNUAL, 2024, new PlanDraft("年度计划", List.of(),
                        List.of(domainTask(A))), domain(SETUP_PLANNING_HEAD)), SETUP_PLANNING_HEAD);
                plans.submit(plan, SETUP_PLANNING_HEAD);
                return id;
            }
            default -> {
            }
        }
        plans.create(new CreatePlanCommand(plan, PlanKind.ANNUAL, 2024, new PlanDraft("年度计划", List.of(),
                List.of(domainTask(A))), domain(SETUP_PLANNER)), SETUP_PLANNER);
        if (start == Start.DRAFT) {
            return id;
        }
        plans.submit(plan, SETUP_PLANNER);
        if (start == Start.SUBMITTED) {
            return id;
        }
        plans.approve(plan, SETUP_HEAD);
        if (start == Start.APPROVED) {
            return id;
        }
        plans.publish(plan, SETUP_HEAD);
        return id;
    }

    private String departmentPolicy;

    private synchronized String departmentPolicy() {
        if (departmentPolicy == null) {
            departmentPolicy = "mx-pol-" + S;
            perform("POST", "/api/planning/policies", "{\"id\":\"" + departmentPolicy + "\",\"scope\":\"DEPARTMENT\","
                    + "\"ownerId\":\"" + A + "\",\"name\":\"从严\",\"parameters\":{\"minAnnualRatio\":0.05}}", HEAD_A);
        }
        return departmentPolicy;
    }

    private void perform(String method, String path, String body, RequestPostProcessor caller) {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                    .request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON).content(body)
                    .with(caller)).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arguments row(String name, Start start, String method, String path, String body,
                                 RequestPostProcessor caller, int status, String code) {
        return Arguments.of(new Row(name, start, method, path, body, caller, status, code));
    }

    private static Actor actor(String subject, String department, Role... roles) {
        return new Actor(subject, subject, Set.of(roles), department, null, null, null);
    }

    private static cn.shuangsuiji.planning.domain.plan.Actor domain(Actor actor) {
        return new cn.shuangsuiji.planning.domain.plan.Actor(actor.subject(), new DepartmentId(actor.departmentId()));
    }

    static String item(String department) {
        return "mx-item-" + department;
    }

    private static String task(String... departments) {
        StringBuilder items = new StringBuilder();
        for (String d : departments) {
            items.append(items.isEmpty() ? "" : ",").append("{\"itemId\":\"").append(item(d))
                    .append("\",\"version\":1,\"departmentId\":\"").append(d).append("\"}");
        }
        return "{\"taskId\":\"t1\",\"name\":\"抽查\",\"items\":[" + items + "],\"sampleSizes\":[{\"ratio\":0.05}],"
                + "\"windowStart\":\"2024-04-01\",\"windowEnd\":\"2024-10-31\",\"frequency\":1,\"level\":\"COUNTY\"}";
    }

    private static InspectionTask domainTask(String... departments) {
        List<ItemRef> items = Stream.of(departments).map(d -> new ItemRef(item(d), 1, new DepartmentId(d))).toList();
        return new InspectionTask(new TaskId("t1"), "抽查", items, ObjectScope.everything(),
                List.of(SampleSize.ofRatio(null, "0.05")), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 31), 1,
                AdministrativeLevel.COUNTY, List.of(), Optional.empty());
    }
}
