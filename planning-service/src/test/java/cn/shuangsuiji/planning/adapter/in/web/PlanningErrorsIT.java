package cn.shuangsuiji.planning.adapter.in.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13's error defects of the planning API, against the real service: every 4xx a field causes names it in
 * {@code errors} with a stable code, details are Chinese and do not echo the input, unknown ids are 404.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningErrorsIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String AMR = "err-amr-" + SUFFIX;
    private static final String PSB = "err-psb-" + SUFFIX;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        RealInfra.register(registry, RealInfra.uniqueDatabase("planning_errors"));
        registry.add("spring.kafka.consumer.group-id", () -> "planning-errors-" + SUFFIX);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ReferenceDataUseCases reference;

    @BeforeAll
    void departmentsAndItemsAreKnown() {
        for (String dept : List.of(AMR, PSB)) {
            reference.departmentRegistered(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), dept,
                    "部门 " + dept, "MARKET_REGULATION", "COUNTY", "130634", null));
            reference.itemPublished(new InspectionItemPublished(UUID.randomUUID(), Instant.now(), "i-" + dept, 1,
                    dept, "检查项目", List.of("子项"), "依据", "ON_SITE", "ENTERPRISE", "GENERAL",
                    new BigDecimal("0.05"), 1));
        }
    }

    private static RequestPostProcessor planner() {
        return Callers.user("err-planner", AMR, Role.PLANNER);
    }

    private static Map<String, Object> task(Object name, Object windowStart, String itemId, String itemDepartment) {
        return Map.of("taskId", "t1", "name", name,
                "items", List.of(Map.of("itemId", itemId, "version", 1, "departmentId", itemDepartment)),
                "sampleSizes", List.of(Map.of("ratio", new BigDecimal("0.05"))), "windowStart", windowStart,
                "windowEnd", "2024-10-31", "frequency", 1, "level", "COUNTY");
    }

    private static Map<String, Object> plan(String id, Object year, List<String> participants,
                                            Map<String, Object> task) {
        return Map.of("id", id, "kind", participants.isEmpty() ? "ANNUAL" : "JOINT", "year", year,
                "title", "抽查计划", "participatingDepartmentIds", participants, "tasks", List.of(task));
    }

    private ResultActions create(Object body) throws Exception {
        return mvc.perform(post("/api/planning/plans").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    @Test
    void theEffectivePolicyOfAnUnknownDepartmentIs404NotTheDefaults() throws Exception {
        mvc.perform(get("/api/planning/policies/effective").param("departmentId", "ghost-" + SUFFIX)
                        .with(planner()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DEPARTMENT_NOT_FOUND"));
        mvc.perform(get("/api/planning/policies/effective").param("departmentId", AMR).with(planner()))
                .andExpect(status().isOk());
    }

    @Test
    void anOversizedTaskNameIs422NamingTheField() throws Exception {
        create(plan("p-long-" + SUFFIX, 2024, List.of(), task("名".repeat(201), "2024-04-01", "i-" + AMR, AMR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].name"))
                .andExpect(jsonPath("$.errors[0].code").value("TASK_NAME_LENGTH"));
    }

    @Test
    void anImpossibleDateOrAWordForANumberNamesTheField() throws Exception {
        create(plan("p-date-" + SUFFIX, 2024, List.of(), task("任务", "2024-02-30", "i-" + AMR, AMR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FIELD_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].windowStart"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.detail").value(not(containsString("2024-02-30"))));
        create(plan("p-year-" + SUFFIX, "abc", List.of(), task("任务", "2024-04-01", "i-" + AMR, AMR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FIELD_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_NUMBER"));
    }

    @Test
    void anItemOfADepartmentOutsideThePlanNamesThePlansDepartments() throws Exception {
        // the item is PSB's and named as PSB's contribution, but PSB takes no part in AMR's annual plan: the old
        // message said "不是计划部门 <PSB> 的事项", naming PSB as the plan's department
        create(plan("p-owner-" + SUFFIX, 2024, List.of(), task("任务", "2024-04-01", "i-" + PSB, PSB)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("PLAN_ITEM_NOT_OWNED"))
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].items[0].departmentId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("计划部门：" + AMR)))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("计划部门 " + PSB))));
        // named as AMR's contribution, the item is PSB's and not claimed by AMR
        create(plan("p-owner2-" + SUFFIX, 2024, List.of(), task("任务", "2024-04-01", "i-" + PSB, AMR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("PLAN_ITEM_NOT_OWNED"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("属于部门 " + PSB + "，不是部门 "
                        + AMR + " 的事项")));
    }

    @Test
    void anUnknownParticipantNamesItsField() throws Exception {
        create(plan("p-ghost-" + SUFFIX, 2024, List.of("ghost-" + SUFFIX), task("任务", "2024-04-01", "i-" + AMR,
                AMR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PLAN_DEPARTMENT_UNKNOWN"))
                .andExpect(jsonPath("$.errors[0].field").value("participatingDepartmentIds[0]"));
    }
}
