package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.disclosure.application.port.in.DrawFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.InspectionFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.PlanningFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.RegistryFactsProjection;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 部门隔离矩阵 (issue 8 item 5) — every authenticated endpoint under {@code /api/disclosure/**} and the service's
 * audit trail × {anonymous, other department, wrong role, right role}, plus public views that answer anonymous
 * callers, against the real MongoDB with verified tokens as spring-security-test builds them. The departments are
 * those of {@link PublicFixture} (qy-amr-… and qy-psb-… of 曲阳县, region 130634).
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureAccessMatrixIT {

    static final PublicFixture F = new PublicFixture();
    static final String AMR = F.amr;
    static final String PSB = F.psb;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("disclosure_matrix"));
        registry.add("spring.kafka.consumer.group-id", () -> "disclosure-matrix-" + UUID.randomUUID());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("ssj.disclosure.data-dir", () -> "target/matrix-data-" + F.run);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RegistryFactsProjection registry;
    @Autowired
    PlanningFactsProjection planning;
    @Autowired
    DrawFactsProjection drawing;
    @Autowired
    InspectionFactsProjection inspection;

    @BeforeAll
    void applyFixture() {
        for (IntegrationEvent e : F.events()) {
            transactions.executeWithoutResult(s -> {
                registry.apply(e);
                planning.apply(e);
                drawing.apply(e);
            });
        }
        for (IntegrationEvent e : F.resultEvents()) {
            transactions.executeWithoutResult(s -> inspection.apply(e));
        }
    }

    // ---------------------------------------------------------------- callers

    static final RequestPostProcessor ANONYMOUS = null;
    static final RequestPostProcessor HEAD_AMR = token("head-amr", AMR, null, "DEPARTMENT_HEAD");
    static final RequestPostProcessor HEAD_PSB = token("head-psb", PSB, null, "DEPARTMENT_HEAD");
    static final RequestPostProcessor INSPECTOR_AMR = token("inspector-amr", AMR, null, "INSPECTOR");
    static final RequestPostProcessor PLANNER_AMR = token("planner-amr", AMR, null, "PLANNER");
    static final RequestPostProcessor JOINT = token("qy-joint", "qy-joint", "130634", "JOINT_OFFICE");
    static final RequestPostProcessor JOINT_ELSEWHERE = token("bd-joint", "bd-joint", "130600", "JOINT_OFFICE");
    static final RequestPostProcessor JOINT_OTHER_COUNTY = token("x-joint", "x-joint", "130602", "JOINT_OFFICE");
    static final RequestPostProcessor JOINT_WITHOUT_JURISDICTION = token("y-joint", "y-joint", null, "JOINT_OFFICE");
    static final RequestPostProcessor ADMIN = token("admin", null, null, "PLATFORM_ADMIN");

    static RequestPostProcessor token(String subject, String department, String jurisdiction, String... roles) {
        return jwt().jwt(j -> {
            j.subject(subject).claim("roles", List.of(roles)).claim("name", subject)
                    .claim("aud", List.of("ssj-platform"));
            if (department != null) {
                j.claim("department", department);
            }
            if (jurisdiction != null) {
                j.claim("jurisdiction", jurisdiction);
            }
        }).authorities(Arrays.stream(roles).map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                .toList());
    }

    /** One row: what it shows, the request, the caller ({@code null}: anonymous), the answer expected. */
    record Row(String name, String method, String path, String body, RequestPostProcessor caller, int status,
               String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        String entries = "{\"meetings\":[\"部署会\"],\"documents\":[\"曲市监〔2026〕12号\"],\"trainings\":[]}";
        String enter = "/api/disclosure/reports/" + AMR + "/2026-03/entries";
        String report = "/api/disclosure/reports/" + AMR + "/2026-03";
        String xlsx = report + "/xlsx";
        String kpis = "/api/disclosure/kpis/departments/" + AMR + "/2026-03";
        String region = "/api/disclosure/kpis/jurisdictions/130634/2026-03";
        String export = "/api/disclosure/open-data/exports";
        String audit = "/api/disclosure/audit";
        return Stream.of(
                // 月报表填报 monthly report entries
                row("enter report: anonymous", "PUT", enter, entries, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("enter report: head of another department", "PUT", enter, entries, HEAD_PSB, 403, "FORBIDDEN"),
                row("enter report: joint office of another county", "PUT", enter, entries, JOINT_OTHER_COUNTY, 403,
                        "FORBIDDEN"),
                row("enter report: planner (wrong role)", "PUT", enter, entries, PLANNER_AMR, 403, "FORBIDDEN"),
                row("enter report: admin (reads but does not fill in)", "PUT", enter, entries, ADMIN, 403,
                        "FORBIDDEN"),
                row("enter report: head of the department", "PUT", enter, entries, HEAD_AMR, 200, null),
                row("enter report: joint office of the county", "PUT", enter, entries, JOINT, 200, null),
                row("enter report: head, unknown department", "PUT", "/api/disclosure/reports/qy-none-" + F.run
                        + "/2026-03/entries", entries, HEAD_AMR, 404, null),
                // 月报表 JSON
                row("report: anonymous", "GET", report, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("report: head of another department", "GET", report, null, HEAD_PSB, 403, "FORBIDDEN"),
                row("report: inspector (wrong role)", "GET", report, null, INSPECTOR_AMR, 403, "FORBIDDEN"),
                row("report: head of the department", "GET", report, null, HEAD_AMR, 200, null),
                row("report: joint office", "GET", report, null, JOINT, 200, null),
                row("report: admin", "GET", report, null, ADMIN, 200, null),
                // 月报表 XLSX
                row("report xlsx: anonymous", "GET", xlsx, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("report xlsx: head of another department", "GET", xlsx, null, HEAD_PSB, 403, "FORBIDDEN"),
                row("report xlsx: planner (wrong role)", "GET", xlsx, null, PLANNER_AMR, 403, "FORBIDDEN"),
                row("report xlsx: head of the department", "GET", xlsx, null, HEAD_AMR, 200, null),
                // 考核指标 KPIs
                row("department kpis: anonymous", "GET", kpis, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("department kpis: head of another department", "GET", kpis, null, HEAD_PSB, 403, "FORBIDDEN"),
                row("department kpis: inspector (wrong role)", "GET", kpis, null, INSPECTOR_AMR, 403, "FORBIDDEN"),
                row("department kpis: head of the department", "GET", kpis, null, HEAD_AMR, 200, null),
                row("jurisdiction kpis: anonymous", "GET", region, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("jurisdiction kpis: a department head (not a jurisdiction's)", "GET", region, null, HEAD_AMR,
                        403, "FORBIDDEN"),
                row("jurisdiction kpis: joint office of another county", "GET", region, null, JOINT_OTHER_COUNTY,
                        403, "FORBIDDEN"),
                row("jurisdiction kpis: planner (wrong role)", "GET", region, null, PLANNER_AMR, 403, "FORBIDDEN"),
                row("jurisdiction kpis: joint office of the county", "GET", region, null, JOINT, 200, null),
                row("jurisdiction kpis: joint office token without a jurisdiction", "GET", region, null,
                        JOINT_WITHOUT_JURISDICTION, 403, "FORBIDDEN"),
                row("jurisdiction kpis: joint office of the city above", "GET", region, null, JOINT_ELSEWHERE, 200,
                        null),
                // 开放数据导出 open-data export
                row("open-data export: anonymous", "POST", export, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("open-data export: head (wrong role)", "POST", export, null, HEAD_AMR, 403, "FORBIDDEN"),
                row("open-data export: joint office (wrong role)", "POST", export, null, JOINT, 403, "FORBIDDEN"),
                row("open-data export: admin", "POST", export, null, ADMIN, 200, null),
                // 留痕 audit
                row("audit: anonymous", "GET", audit, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("audit: head asking for another department", "GET", audit + "?department=" + PSB, null, HEAD_AMR,
                        403, "FORBIDDEN"),
                row("audit: inspector (wrong role)", "GET", audit, null, INSPECTOR_AMR, 403, "FORBIDDEN"),
                row("audit: head of the department", "GET", audit + "?department=" + AMR, null, HEAD_AMR, 200, null),
                row("audit: joint office", "GET", audit, null, JOINT, 200, null),
                // 公开 public views answer anonymous callers
                row("public departments: anonymous", "GET", "/api/public/departments", null, ANONYMOUS, 200, null),
                row("public plans: anonymous", "GET", "/api/public/plans", null, ANONYMOUS, 200, null),
                row("public draws: anonymous", "GET", "/api/public/draws", null, ANONYMOUS, 200, null),
                row("public results: anonymous", "GET", "/api/public/results", null, ANONYMOUS, 200, null),
                row("public items: anonymous", "GET", "/api/public/items", null, ANONYMOUS, 200, null),
                row("public fairness statistics: anonymous", "GET", "/api/public/statistics/fairness?year=2026", null,
                        ANONYMOUS, 200, null),
                row("public open-data index: anonymous", "GET", "/api/public/open-data", null, ANONYMOUS, 200,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsTheRightsTableSays(Row row) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()),
                row.path());
        if (row.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(row.body());
        }
        if (row.caller() != null) {
            request = request.with(row.caller());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentType() != null && response.getContentType().contains("spreadsheet")
                ? "<xlsx>" : response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(body).contains("\"code\":\"" + row.code() + "\"");
        }
    }

    private static Arguments row(String name, String method, String path, String body, RequestPostProcessor caller,
                                 int status, String code) {
        return Arguments.of(new Row(name, method, path, body, caller, status, code));
    }
}
