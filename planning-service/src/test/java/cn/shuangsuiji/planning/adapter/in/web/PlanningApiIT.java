package cn.shuangsuiji.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Against real MongoDB and Kafka: registry events are consumed into the read models, a joint plan goes through
 * its workflow through the web layer (MockMvc with verified tokens as spring-security-test builds them: planner,
 * head, joint office), and the plan events are read off the topic.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningApiIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String AMR = "it-amr-" + SUFFIX;
    private static final String PSB = "it-psb-" + SUFFIX;
    private static final String CULT = "it-cult-" + SUFFIX;

    private static final List<String> DEMO_DEPARTMENTS =
            List.of("bd-amr", "qy-amr", "qy-psb", "qy-eco", "qy-cult", "qy-emg");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("planning_it"));
        registry.add("spring.kafka.consumer.group-id", () -> "planning-it-" + SUFFIX);
        registry.add("ssj.demo.enabled", () -> "true");
        registry.add("ssj.demo.wait-for-registry", () -> "60s");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EventCodec codec;

    @Autowired
    ReferenceDataUseCases reference;

    @BeforeAll
    void registryEventsArrive() {
        List<IntegrationEvent> events = new ArrayList<>();
        for (String dept : List.of(AMR, PSB, CULT)) {
            events.add(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), dept, "部门 " + dept,
                    "MARKET_REGULATION", "COUNTY", "130634", null));
        }
        events.add(item("i-amr-" + SUFFIX, AMR));
        events.add(item("i-psb-" + SUFFIX, PSB));
        events.add(item("i-cult-" + SUFFIX, CULT));
        events.add(new InspectionItemWithdrawn(UUID.randomUUID(), Instant.now(), "i-cult-" + SUFFIX, 1, CULT, "废止"));
        events.add(new InspectionItemClaimed(UUID.randomUUID(), Instant.now(), "i-amr-" + SUFFIX, 1, AMR, CULT));
        for (String demo : DEMO_DEPARTMENTS) {
            String type = switch (demo.substring(3)) {
                case "psb" -> "PUBLIC_SECURITY";
                case "eco" -> "ECOLOGY_ENVIRONMENT";
                case "cult" -> "CULTURE_TOURISM";
                case "emg" -> "EMERGENCY_MANAGEMENT";
                default -> "MARKET_REGULATION";
            };
            events.add(new DepartmentRegistered(UUID.randomUUID(), Instant.now(), demo, "演示部门 " + demo,
                    type, demo.startsWith("bd") ? "CITY" : "COUNTY", "130634", null));
            events.add(item("item-" + demo + "-it" + SUFFIX, demo));
        }
        InspectionItemPublished duplicate = item("i-psb-dup-" + SUFFIX, PSB);
        events.add(duplicate);
        events.add(duplicate);
        for (IntegrationEvent event : events) {
            TopicProbe.send(event.topic(), event.aggregateId(), codec.encode(event),
                    Map.of("ce_type", event.eventType(), "ce_id", event.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                reference.publishedItemsUsableBy(new DepartmentId(CULT)).size() == 1
                        && reference.publishedItemsUsableBy(new DepartmentId(PSB)).size() == 2
                        && reference.departments().stream().filter(d -> d.id().value().endsWith(SUFFIX)).count() == 3);
    }

    @Test
    void consumesTheRegistryEventsIntoTheReadModels() {
        // the withdrawn item is gone, the claimed item is usable by the claimer, the duplicate applied once
        assertThat(reference.publishedItemsUsableBy(new DepartmentId(CULT)))
                .extracting(i -> i.itemId()).containsExactly("i-amr-" + SUFFIX);
        assertThat(reference.publishedItemsUsableBy(new DepartmentId(PSB))).hasSize(2);
    }

    @Test
    void aJointPlanGoesThroughItsWorkflowAndItsEventsReachTheTopic() {
        String planId = "joint-" + SUFFIX;
        Map<String, Object> withdrawnItemOnly = body(planId, List.of(
                itemRef("i-amr-" + SUFFIX, AMR), itemRef("i-psb-" + SUFFIX, PSB), itemRef("i-cult-" + SUFFIX, CULT)));
        Map<String, Object> refused = call("POST", "/api/planning/plans", withdrawnItemOnly, planner(AMR));
        assertThat(refused.get("status")).isEqualTo(422);
        assertThat(refused.get("contentType")).isEqualTo("application/problem+json");
        assertThat((String) refused.get("body")).contains("\"code\":\"PLAN_ITEM_NOT_PUBLISHED\"")
                .contains("PLAN_PARTICIPANT_WITHOUT_ITEM");

        Map<String, Object> ok = body(planId, List.of(itemRef("i-amr-" + SUFFIX, AMR), itemRef("i-psb-" + SUFFIX, PSB),
                itemRef("i-amr-" + SUFFIX, CULT)));
        assertThat(call("POST", "/api/planning/plans", ok, planner(AMR)).get("status")).isEqualTo(201);
        assertThat((String) call("POST", "/api/planning/plans/" + planId + "/publish", null, head(AMR))
                .get("body"))
                .contains("PLAN_TRANSITION_NOT_ALLOWED");
        assertThat(call("POST", "/api/planning/plans/" + planId + "/submit", null, planner(AMR)).get("status"))
                .isEqualTo(200);
        String approved = (String) call("POST", "/api/planning/plans/" + planId + "/approve", null,
                Callers.jointOffice("it-joint", "qy-joint", "130634"))
                .get("body");
        assertThat(approved).contains("\"status\":\"APPROVED\"").contains("\"policyId\":\"default\"");
        assertThat(call("POST", "/api/planning/plans/" + planId + "/publish", null, head(AMR)).get("status"))
                .isEqualTo(200);
        String amended = (String) call("POST", "/api/planning/plans/" + planId + "/amend",
                Map.of("reason", "增加检查事项"), planner(AMR)).get("body");
        assertThat(amended).contains("\"version\":2").contains("\"status\":\"DRAFT\"");
        assertThat(call("POST", "/api/planning/plans/" + planId + "/withdraw", Map.of("reason", "上级任务取消"),
                head(AMR))
                .get("status")).isEqualTo(200);
        assertThat((String) call("GET", "/api/planning/plans/" + planId + "/versions/1", null, planner(PSB))
                .get("body"))
                .contains("\"status\":\"WITHDRAWN\"");

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        List<ConsumerRecord<String, String>> records = TopicProbe.readByKey(Topics.PLANNING_PLANS, planId, 4);
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly("ssj.planning.PlanApproved",
                "ssj.planning.PlanPublished", "ssj.planning.PlanAmended", "ssj.planning.PlanWithdrawn");
        assertThat(records.get(0).value()).contains("\"minAnnualRatio\":0.03").contains("\"planVersion\":1")
                .contains("\"participatingDepartmentIds\":[\"" + PSB + "\",\"" + CULT + "\"]")
                .contains("\"taskId\":\"t1\"").contains("\"replacementRule\":\"SUBSTITUTION_DRAW\"")
                .contains("\"inspectorTags\":[\"食品安全\"]");
        assertThat(records.get(2).value()).contains("\"newVersion\":2").contains("增加检查事项");
    }

    @Test
    void policiesMayTightenButNotLoosen() {
        Map<String, Object> looser = Map.of("id", "pol-" + SUFFIX, "scope", "DEPARTMENT", "ownerId", PSB,
                "name", "放宽", "parameters", Map.of("minAnnualRatio", new BigDecimal("0.02"),
                        "maxInspectionsPerEntityPerYear", 3));
        Map<String, Object> refused = call("POST", "/api/planning/policies", looser, head(PSB));
        assertThat(refused.get("status")).isEqualTo(422);
        assertThat((String) refused.get("body")).contains("\"code\":\"POLICY_LOOSENS_JURISDICTION\"")
                .contains("\"field\":\"minAnnualRatio\"").contains("\"field\":\"maxInspectionsPerEntityPerYear\"");

        Map<String, Object> tighter = Map.of("id", "pol-" + SUFFIX, "scope", "DEPARTMENT", "ownerId", PSB,
                "name", "从严", "parameters", Map.of("minAnnualRatio", new BigDecimal("0.05")));
        assertThat(call("POST", "/api/planning/policies", tighter, head(PSB)).get("status")).isEqualTo(201);
        assertThat((String) call("GET", "/api/planning/policies/effective?departmentId=" + PSB, null, planner(PSB))
                .get("body"))
                .contains("\"id\":\"pol-" + SUFFIX + "\"").contains("\"parentPolicyId\":\"default\"")
                .contains("\"effectiveId\":\"pol-" + SUFFIX + "\"").contains("\"tightenedParameters\":[]");
    }

    /**
     * rules.md preamble (政策按辖区/部门分级): a department policy that omits a parameter inherits its
     * jurisdiction's value, not the national default — it used to be refused as loosening the jurisdiction.
     */
    @Test
    void aDepartmentPolicyInheritsTheParametersItOmitsFromItsJurisdiction() {
        String region = "9" + String.format("%05d", Math.floorMod(SUFFIX.hashCode(), 100000));
        Map<String, Object> jurisdiction = Map.of("id", "jur-" + SUFFIX, "scope", "JURISDICTION", "ownerId", region,
                "name", "辖区从严", "parameters", Map.of("minRegistrySize", 5, "minTeamSize", 3));
        Map<String, Object> created = call("POST", "/api/planning/policies", jurisdiction, ADMIN);
        assertThat(created.get("status")).as((String) created.get("body")).isEqualTo(201);
        String department = "dep-" + SUFFIX;
        Map<String, Object> own = Map.of("id", "dpol-" + SUFFIX, "scope", "DEPARTMENT", "ownerId", department,
                "name", "部门从严", "jurisdictionPolicyId", "jur-" + SUFFIX,
                "parameters", Map.of("minAnnualRatio", new BigDecimal("0.05")));
        Map<String, Object> accepted = call("POST", "/api/planning/policies", own, head(department));
        assertThat(accepted.get("status")).as((String) accepted.get("body")).isEqualTo(201);
        assertThat((String) accepted.get("body")).contains("\"minRegistrySize\":5").contains("\"minTeamSize\":3")
                .contains("\"minAnnualRatio\":0.05");
    }

    @Test
    void theCalendarAnswersDeadlinesProvisionallyForUnannouncedYearsAndRefusesOnlyFarOnes() {
        assertThat((String) call("GET", "/api/planning/calendar/deadline?from=2024-09-30&workingDays=7", null,
                planner(AMR))
                .get("body")).contains("\"deadline\":\"2024-10-15\"");
        assertThat((String) call("GET", "/api/planning/calendar/is-working-day?date=2024-10-12", null,
                planner(AMR))
                .get("body")).contains("\"workingDay\":true");
        assertThat((String) call("GET", "/api/planning/calendar/deadline?from=2026-12-25&workingDays=10", null,
                planner(AMR)).get("body")).contains("\"deadline\":\"2027-01-11\"").contains("\"provisional\":true");
        assertThat((String) call("GET", "/api/planning/calendar/is-working-day?date=2024-10-12", null, planner(AMR))
                .get("body")).contains("\"makeUpWorkday\":\"国庆节调休\"");
        Map<String, Object> uncovered = call("GET", "/api/planning/calendar/deadline?from=2100-01-05&workingDays=1",
                null, planner(AMR));
        assertThat(uncovered.get("status")).isEqualTo(422);
        assertThat((String) uncovered.get("body")).contains("CALENDAR_YEAR_NOT_COVERED");
        Map<String, Object> bad = call("GET", "/api/planning/calendar/deadline?from=yesterday&workingDays=1", null,
                planner(AMR));
        assertThat(bad.get("status")).isEqualTo(400);
        assertThat(bad.get("contentType")).isEqualTo("application/problem+json");
    }

    @Test
    void theDemoCreatesPublishedAnnualPlansAndAJointPlanOnceTheRegistryDataHasArrived() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        await().atMost(Duration.ofSeconds(60)).until(() -> ((String) call("GET",
                "/api/planning/plans/demo-" + year + "-joint-qy", null, ADMIN).get("body")).contains("\"PUBLISHED\""));
        for (String demo : DEMO_DEPARTMENTS) {
            assertThat((String) call("GET", "/api/planning/plans/demo-" + year + "-annual-" + demo, null,
                    planner(demo))
                    .get("body")).contains("\"status\":\"PUBLISHED\"").contains("\"policyVersion\":1");
        }
        String obligations = (String) call("GET", "/api/planning/obligations?year=" + year, null, planner(AMR))
                .get("body");
        // S1 9 by department type: culture and tourism must initiate (joining the demo plan is not enough); public
        // security may initiate or join
        assertThat(obligations).contains("\"departmentId\":\"qy-cult\"").contains("本年度尚未发起")
                .contains("\"obligation\":\"INITIATE\"");
        assertThat(obligations).contains("\"departmentId\":\"qy-eco\"").doesNotContain("\"departmentId\":\"qy-psb\"")
                .doesNotContain("\"departmentId\":\"qy-amr\"");
    }

    private static InspectionItemPublished item(String itemId, String department) {
        return new InspectionItemPublished(UUID.randomUUID(), Instant.now(), itemId, 1, department, "检查项目 " + itemId,
                List.of("子项"), "依据", "ON_SITE", "ENTERPRISE", "GENERAL", new BigDecimal("0.05"), 1);
    }

    private static Map<String, Object> itemRef(String itemId, String department) {
        return Map.of("itemId", itemId, "version", 1, "departmentId", department);
    }

    private static Map<String, Object> body(String planId, List<Map<String, Object>> items) {
        Map<String, Object> task = Map.of("taskId", "t1", "name", "联合抽查", "items", items,
                "sampleSizes", List.of(Map.of("ratio", new BigDecimal("0.05"))), "windowStart", "2024-04-01",
                "windowEnd", "2024-10-31", "frequency", 1, "level", "COUNTY", "inspectorTags", List.of("食品安全"));
        return Map.of("id", planId, "kind", "JOINT", "year", 2024, "title", "联合抽查计划",
                "participatingDepartmentIds", List.of(PSB, CULT), "tasks", List.of(task));
    }

    private static final RequestPostProcessor ADMIN = Callers.user("it-admin", null, Role.PLATFORM_ADMIN);

    private static RequestPostProcessor planner(String department) {
        return Callers.user("it-planner-" + department, department, Role.PLANNER);
    }

    private static RequestPostProcessor head(String department) {
        return Callers.user("it-head-" + department, department, Role.DEPARTMENT_HEAD);
    }

    private Map<String, Object> call(String method, String uri, Object body, RequestPostProcessor caller) {
        try {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
                    .with(caller);
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return Map.of("status", response.getStatus(), "contentType", String.valueOf(response.getContentType()),
                    "body", response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
