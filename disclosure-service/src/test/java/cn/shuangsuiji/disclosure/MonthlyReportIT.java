package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.disclosure.application.port.in.DrawFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.InspectionFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.PlanningFactsProjection;
import cn.shuangsuiji.disclosure.application.port.in.RegistryFactsProjection;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly report and KPI endpoints on the real MongoDB: who may enter and read, items 1–3 entered, items 4–5
 * computed from the fixture's events (applied through the projections), the XLSX in the form's layout.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportIT {

    static final PublicFixture F = new PublicFixture();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("disclosure_report_it"));
        registry.add("spring.kafka.consumer.group-id", () -> "disclosure-report-it-" + UUID.randomUUID());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("ssj.disclosure.data-dir", () -> "target/it-data-" + F.run);
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

    @Test
    void aDepartmentHeadEntersItemsOneToThreeAndReadsTheComputedItemsFourAndFive() throws Exception {
        mvc.perform(put("/api/disclosure/reports/{d}/2026-03/entries", F.amr).with(head(F.amr))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetings\":[\"3月5日 双随机工作部署会\"],\"documents\":[\"曲市监〔2026〕12号\"],"
                                + "\"trainings\":[\"双随机业务培训班，30人，抽查规范\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.meetings[0]").value("3月5日 双随机工作部署会"));
        mvc.perform(get("/api/disclosure/reports/{d}/2026-03", F.amr).with(head(F.amr)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departmentName").value("曲阳县市场监督管理局"))
                .andExpect(jsonPath("$.entries.documents[0]").value("曲市监〔2026〕12号"))
                // D1 (completed, 2 targets of which 1 substituted → current: A, B) and the withheld joint draw
                .andExpect(jsonPath("$.draws.length()").value(2))
                .andExpect(jsonPath("$.draws[0].drawId").value(F.draw))
                .andExpect(jsonPath("$.draws[0].candidates").value(4))
                .andExpect(jsonPath("$.draws[0].drawn").value(2))
                .andExpect(jsonPath("$.draws[0].ratio").value(0.5))
                .andExpect(jsonPath("$.draws[0].majorItems").value(1))
                .andExpect(jsonPath("$.draws[0].minorItems").value(1))
                .andExpect(jsonPath("$.resultsPublished").value(2))
                .andExpect(jsonPath("$.system.draws").value(2));
    }

    @Test
    void theReportDownloadsAsXlsxInTheFormsLayout() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/disclosure/reports/{d}/2026-03/xlsx", F.amr).with(joint()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            String text = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue())
                    .collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
            assertThat(text).contains("县有关部门“双随机、一公开”监管工作月报表", "一、“双随机、一公开”监管工作安排部署情况",
                    "本月召开会议部署随机抽查工作情况", "二、“双随机、一公开”监管工作开展情况", "随机抽查的检查事项",
                    "全县本系统开展随机抽查情况", "曲阳县市场监督管理局");
        }
    }

    @Test
    void kpisPerDepartmentAndJurisdiction() throws Exception {
        mvc.perform(get("/api/disclosure/kpis/departments/{d}/2026-03", F.amr).with(head(F.amr)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearToDate.inspections").value(2))
                .andExpect(jsonPath("$.yearToDate.jointInspections").value(1))
                .andExpect(jsonPath("$.yearToDate.jointInspectionShare").value(0.5))
                .andExpect(jsonPath("$.yearToDate.results").value(2))
                .andExpect(jsonPath("$.yearToDate.enteredOnTime").value(2))
                .andExpect(jsonPath("$.months.length()").value(3))
                .andExpect(jsonPath("$.months[2].inspections").value(2));
        mvc.perform(get("/api/disclosure/kpis/jurisdictions/130634/2026-03").with(joint()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearToDate.departmentsMeetingJointObligation[0]").value(F.amr));
    }

    @Test
    void onlyTheDepartmentsHeadOrTheJointOfficeMay() throws Exception {
        mvc.perform(get("/api/disclosure/reports/{d}/2026-03", F.amr)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/disclosure/reports/{d}/2026-03", F.amr).with(head(F.psb)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(put("/api/disclosure/reports/{d}/2026-03/entries", F.amr).with(head(F.psb))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/disclosure/reports/{d}/2026-3x", F.amr).with(head(F.amr)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MONTH_INVALID"));
        mvc.perform(get("/api/disclosure/reports/nobody/2026-03").with(head("nobody")))
                .andExpect(status().isNotFound());
    }

    private static JwtRequestPostProcessor head(String department) {
        return jwt().jwt(j -> j.subject(department + "-head").claim("roles", List.of("DEPARTMENT_HEAD"))
                        .claim("department", department).claim("name", "负责人"))
                .authorities(new SimpleGrantedAuthority("ROLE_DEPARTMENT_HEAD"));
    }

    private static JwtRequestPostProcessor joint() {
        return jwt().jwt(j -> j.subject("qy-joint").claim("roles", List.of("JOINT_OFFICE"))
                        .claim("jurisdiction", "130634").claim("name", "联席办"))
                .authorities(new SimpleGrantedAuthority("ROLE_JOINT_OFFICE"));
    }
}
