package cn.shuangsuiji.draw.adapter.in.web;

import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.annualPlan;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.awaitInputs;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.commitBody;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.entities;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.entitySnapshot;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.inspectorSnapshot;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.inspectors;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.policy;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.adapter.in.web.RulesHarness.Response;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntityDeregistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.application.port.out.EntityStatusBook;
import cn.shuangsuiji.draw.application.port.out.ItemCatalog;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The rules of issue 16 as a department meets them through the draw API, against real MongoDB and Kafka: each
 * test is a defect the rule-by-rule audit found, and fails on the code before its fix.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class DrawRulesIT {

    static final RequestPostProcessor OPERATOR_AMR = Callers.user("operator-qy-amr", "qy-amr", Role.DRAW_OPERATOR);
    static final RequestPostProcessor HEAD_AMR = Callers.user("head-qy-amr", "qy-amr", Role.DEPARTMENT_HEAD);
    static final RequestPostProcessor OPERATOR_CITY = Callers.user("operator-bd-amr", "bd-amr", Role.DRAW_OPERATOR);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws IOException {
        RealInfra.register(properties, RealInfra.uniqueDatabase("draw_rules_it"));
        RulesHarness.start(properties);
    }

    @AfterAll
    static void stop() {
        RulesHarness.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventCodec codec;
    @Autowired
    ReadModelUseCases readModels;
    @Autowired
    EntityStatusBook statuses;
    @Autowired
    ItemCatalog items;
    @Autowired
    DepartmentDirectory departments;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Response call(String method, String uri, Object body, RequestPostProcessor caller) {
        return RulesHarness.call(mvc, json, method, uri, body, caller);
    }

    /**
     * S2 18 (上级已抽查的，下级不再重复): a city department drew on an item this year; the county department's
     * draw of a task on the same (claimed) item commits and excludes the city's targets as
     * CHECKED_BY_HIGHER_LEVEL — it used to answer 500 because the ledger query loaded only the entity id.
     */
    @Test
    void aCountyDrawAfterACityDrawOnAClaimedItemExcludesTheCitysTargets() {
        String scope = unique("higher");
        String item = unique("item-claimed");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 20));
        List<InspectorRecord> people = new ArrayList<>(inspectors("bd-amr", 4, scope));
        people.addAll(inspectors("qy-amr", 4, scope));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, people);
        String cityPlan = unique("plan-city");
        String countyPlan = unique("plan-county");
        send(codec, annualPlan(cityPlan, "bd-amr", "CITY", item, 5, 2, List.of(), policy(4)));
        send(codec, annualPlan(countyPlan, "qy-amr", "COUNTY", item, 20, 2, List.of(), policy(4)));
        awaitInputs(readModels, cityPlan, scope, 2);
        RulesHarness.awaitTrue(() -> readModels.plan(countyPlan).isPresent());

        Map<String, Object> city = RulesHarness.commitAndExecute(mvc, json,
                commitBody(cityPlan, "t1", ents.snapshotId(), ins.snapshotId()), OPERATOR_CITY);
        List<String> cityTargets = targets(city);
        assertThat(cityTargets).hasSize(5);

        Response county = call("POST", "/api/draws", commitBody(countyPlan, "t1", ents.snapshotId(),
                ins.snapshotId()), OPERATOR_AMR);
        assertThat(county.status()).as(county.body()).isEqualTo(201);
        assertThat(((Number) county.map().get("exclusionCount")).intValue()).isEqualTo(5);
        Map<String, Object> executed = RulesHarness.execute(mvc, json, (String) county.map().get("id"),
                OPERATOR_AMR);
        assertThat(targets(executed)).hasSize(15).doesNotContainAnyElementsOf(cityTargets);
        Bundle bundle = BundleCodec.fromJson(call("GET", "/api/draws/" + executed.get("id") + "/bundle", null,
                OPERATOR_AMR).body());
        assertThat(bundle.snapshot().exclusions()).extracting(Bundle.Exclusion::reason)
                .containsOnly("CHECKED_BY_HIGHER_LEVEL");
        assertThat(bundle.snapshot().exclusions()).extracting(Bundle.Exclusion::targetId)
                .containsExactlyInAnyOrderElementsOf(cityTargets);
    }

    /**
     * S1 15, S2 18, 21: one standing draw per task round. With frequency 1 a second commitment while the first is
     * pending or executed is refused; after the head abandons the executed draw, the redraw is the same round and
     * names the draw it replaces. A substitution needs a reason from the fixed list, evidence and the initiating
     * department head (the caller), and DEREGISTERED only for an entity the registry reports as terminated.
     */
    @Test
    void aTaskRoundHasOneStandingDrawAndASubstitutionNeedsReasonEvidenceApprovalAndStatus() {
        String scope = unique("round");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 20));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("qy-amr", 4, scope));
        String plan = unique("plan-round");
        send(codec, annualPlan(plan, "qy-amr", "COUNTY", unique("item"), 5, 1, List.of(), policy(4)));
        awaitInputs(readModels, plan, scope, 2);
        Map<String, Object> commit = commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId());

        Response first = call("POST", "/api/draws", commit, OPERATOR_AMR);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.map()).containsEntry("round", 1).containsEntry("redrawOf", null);
        String firstId = (String) first.map().get("id");
        Response pending = call("POST", "/api/draws", commit, OPERATOR_AMR);
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.code()).isEqualTo("DRAW_ROUND_PENDING");

        Map<String, Object> executed = RulesHarness.execute(mvc, json, firstId, OPERATOR_AMR);
        Response again = call("POST", "/api/draws", commit, OPERATOR_AMR);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DRAW_FREQUENCY_REACHED");

        // 递补: reason, evidence, approver, registry status
        String target = targets(executed).get(0);
        String path = "/api/draws/" + firstId + "/substitutions";
        assertThat(call("POST", path, Map.of("targetId", target, "reason", "NOT_FOUND_AT_ADDRESS", "evidence",
                "核查记录"), OPERATOR_AMR).status()).isEqualTo(403);
        assertThat(call("POST", path, Map.of("targetId", target, "reason", "NOT_FOUND_AT_ADDRESS"), HEAD_AMR)
                .status()).isEqualTo(400);
        Response free = call("POST", path, Map.of("targetId", target, "reason", "x", "evidence", "无"), HEAD_AMR);
        assertThat(free.status()).isEqualTo(422);
        assertThat(free.code()).isEqualTo("DRAW_SUBSTITUTION_REASON");
        Response operating = call("POST", path, Map.of("targetId", target, "reason", "DEREGISTERED", "evidence",
                "注销公告"), HEAD_AMR);
        assertThat(operating.status()).isEqualTo(409);
        assertThat(operating.code()).isEqualTo("DRAW_SUBSTITUTION_STATUS");
        send(codec, new EntityDeregistered(UUID.randomUUID(), Instant.now(), target, "CANCELLED", "主动注销", 2));
        RulesHarness.awaitTrue(() -> statuses.statusOf(target).isPresent());
        Response substituted = call("POST", path, Map.of("targetId", target, "reason", "DEREGISTERED", "evidence",
                "注销公告 2026-001"), HEAD_AMR);
        assertThat(substituted.status()).as(substituted.body()).isEqualTo(200);
        assertThat(targets(substituted.map())).hasSize(5).doesNotContain(target);

        // 作废 by the head, then the redraw is round 1 again and names the abandoned draw
        assertThat(call("POST", "/api/draws/" + firstId + "/abandon", Map.of("reason", "抽取时见证人未到场"), HEAD_AMR)
                .status()).isEqualTo(200);
        Response redraw = call("POST", "/api/draws", commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId()),
                OPERATOR_AMR);
        assertThat(redraw.status()).as(redraw.body()).isEqualTo(201);
        assertThat(redraw.map()).containsEntry("round", 1).containsEntry("redrawOf", firstId);
    }

    /**
     * S2 8, 11: no inspection outside the published item list. The plan was approved on an item the registry then
     * withdrew; the commitment is refused until the plan is amended.
     */
    @Test
    void aTaskOnAnItemWithdrawnAfterApprovalCannotBeDrawn() {
        String scope = unique("withdrawn");
        String item = unique("item-withdrawn");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 10));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("qy-amr", 4, scope));
        String plan = unique("plan-withdrawn");
        send(codec, new InspectionItemPublished(UUID.randomUUID(), Instant.now(), item, 1, "qy-amr", "检查项目",
                List.of("子项"), "依据", "ON_SITE", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1));
        send(codec, annualPlan(plan, "qy-amr", "COUNTY", item, 3, 1, List.of(), policy(4)));
        awaitInputs(readModels, plan, scope, 2);
        send(codec, new InspectionItemWithdrawn(UUID.randomUUID(), Instant.now(), item, 1, "qy-amr", "法规废止"));
        RulesHarness.awaitTrue(() -> items.state(item).map(s -> s.withdrawnVersion() == 1).orElse(false));

        Response refused = call("POST", "/api/draws", commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId()),
                OPERATOR_AMR);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("DRAW_ITEM_WITHDRAWN");
        assertThat(refused.body()).contains(item).contains("法规废止");
    }

    /**
     * S2 15 (名录库至少 4 人) as the effective policy says: the plan's policy requires 5 inspectors in each
     * participating registry; a registry of 4 is refused at commitment (the draw used to ignore the policy).
     */
    @Test
    void theDrawChecksThePolicysMinimumRegistrySize() {
        String scope = unique("registry-size");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 10));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("qy-amr", 4, scope));
        String plan = unique("plan-size");
        send(codec, annualPlan(plan, "qy-amr", "COUNTY", unique("item"), 3, 2, List.of(), policy(5)));
        awaitInputs(readModels, plan, scope, 2);
        Response refused = call("POST", "/api/draws", commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId()),
                OPERATOR_AMR);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("DRAW_REGISTRY_TOO_SMALL");
        assertThat(refused.body()).contains("qy-amr（4 人）");
    }

    /**
     * S0 17, S1 13: a city draw is dispatched only to existing lower-level departments the task named (or with the
     * head's approval), and the overdue list answers as of a given date.
     */
    @Test
    void aDrawIsDispatchedOnlyToExistingLowerDepartmentsTheTaskNamedAndOverdueIsAsOfADate() {
        String scope = unique("dispatch");
        String countyA = unique("county-a");
        String countyB = unique("county-b");
        String city = unique("city-eco");
        send(codec, new DepartmentRegistered(UUID.randomUUID(), Instant.now(), countyA, "县甲局", "MARKET_REGULATION",
                "COUNTY", "130634", "bd-amr"));
        send(codec, new DepartmentRegistered(UUID.randomUUID(), Instant.now(), countyB, "县乙局", "MARKET_REGULATION",
                "COUNTY", "130635", "bd-amr"));
        send(codec, new DepartmentRegistered(UUID.randomUUID(), Instant.now(), city, "市生态环境局",
                "ECOLOGY_ENVIRONMENT", "CITY", "130600", null));
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 10));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("bd-amr", 4, scope));
        String plan = unique("plan-dispatch");
        send(codec, annualPlan(plan, "bd-amr", "CITY", unique("item"), 3, 1, List.of(countyA), policy(4)));
        awaitInputs(readModels, plan, scope, 2);
        RulesHarness.awaitTrue(() -> departments.department(countyA).isPresent()
                && departments.department(countyB).isPresent() && departments.department(city).isPresent());
        Map<String, Object> drawn = RulesHarness.commitAndExecute(mvc, json,
                commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId()), OPERATOR_CITY);
        String path = "/api/draws/" + drawn.get("id") + "/dispatches";

        Response unknown = call("POST", path, Map.of("departmentIds", List.of("nowhere-" + scope)), OPERATOR_CITY);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("DRAW_DISPATCH_UNKNOWN_DEPARTMENT");
        Response sameLevel = call("POST", path, Map.of("departmentIds", List.of(city)), OPERATOR_CITY);
        assertThat(sameLevel.code()).isEqualTo("DRAW_DISPATCH_NOT_LOWER");
        Response unnamed = call("POST", path, Map.of("departmentIds", List.of(countyB)), OPERATOR_CITY);
        assertThat(unnamed.code()).isEqualTo("DRAW_DISPATCH_NOT_IN_TASK");
        Response named = call("POST", path, Map.of("departmentIds", List.of(countyA), "note", "请确认"), OPERATOR_CITY);
        assertThat(named.status()).as(named.body()).isEqualTo(200);

        String id = (String) drawn.get("id");
        assertThat(call("GET", "/api/draws/dispatches/overdue?limit=500", null, OPERATOR_CITY).body())
                .doesNotContain(id);
        assertThat(call("GET", "/api/draws/dispatches/overdue?limit=500&asOf=2099-12-31", null, OPERATOR_CITY)
                .body()).contains(id);
    }

    /**
     * S2 20: witnesses are named in the commitment or registered before execution and logged as added later, from
     * a fixed list of roles; the result is confirmed by drawer, supervisor and witnesses, and the draw view shows
     * the confirmations and whether they are complete; the bundle carries them in its log.
     */
    @Test
    @SuppressWarnings("unchecked")
    void witnessesAreRegisteredBeforeTheResultAndTheDrawShowsWhetherItsConfirmationsAreComplete() {
        String scope = unique("witness");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 10));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("qy-amr", 4, scope));
        String plan = unique("plan-witness");
        send(codec, annualPlan(plan, "qy-amr", "COUNTY", unique("item"), 3, 1, List.of(), policy(4)));
        awaitInputs(readModels, plan, scope, 2);
        String media = unique("media");
        String secret = "secret of " + media;
        Map<String, Object> commit = new java.util.HashMap<>(commitBody(plan, "t1", ents.snapshotId(),
                ins.snapshotId()));
        commit.put("witnessCommitments", List.of(Map.of("witness", media, "commitment",
                cn.shuangsuiji.draw.domain.draw.DrawFixtures.key(secret))));
        Response committed = call("POST", "/api/draws", commit, OPERATOR_AMR);
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        String id = (String) committed.map().get("id");
        String supervisor = unique("supervisor");

        Response freeText = call("POST", "/api/draws/" + id + "/witnesses", Map.of("name", supervisor, "role",
                "WHATEVER"), OPERATOR_AMR);
        assertThat(freeText.status()).isEqualTo(422);
        assertThat(freeText.code()).isEqualTo("DRAW_WITNESS_ROLE");
        assertThat(call("POST", "/api/draws/" + id + "/witnesses", Map.of("name", supervisor, "role", "SUPERVISOR",
                "organisation", "县人大"), OPERATOR_AMR).status()).isEqualTo(200);
        RequestPostProcessor mediaWitness = Callers.user(media, null, Role.WITNESS);
        assertThat(call("POST", "/api/draws/" + id + "/reveals", Map.of("reveal", secret), mediaWitness).status())
                .isEqualTo(200);
        RulesHarness.execute(mvc, json, id, OPERATOR_AMR);
        Response late = call("POST", "/api/draws/" + id + "/witnesses", Map.of("name", unique("late"), "role",
                "MEDIA"), OPERATOR_AMR);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DRAW_WITNESS_TOO_LATE");

        call("POST", "/api/draws/" + id + "/confirmations", Map.of("role", "DRAWER"), OPERATOR_AMR);
        Map<String, Object> half = call("POST", "/api/draws/" + id + "/confirmations", Map.of("role", "SUPERVISOR"),
                HEAD_AMR).map();
        assertThat(half).containsEntry("confirmationsComplete", false);
        assertThat((List<String>) half.get("missingConfirmations"))
                .containsExactlyInAnyOrder("WITNESS:" + media, "WITNESS:" + supervisor);
        call("POST", "/api/draws/" + id + "/confirmations", Map.of("role", "WITNESS"), mediaWitness);
        call("POST", "/api/draws/" + id + "/confirmations", Map.of("role", "WITNESS"),
                Callers.user(supervisor, null, Role.WITNESS));
        Map<String, Object> view = call("GET", "/api/draws/" + id, null, OPERATOR_AMR).map();
        assertThat(view).containsEntry("confirmationsComplete", true);
        assertThat((List<Map<String, Object>>) view.get("confirmations")).extracting(c -> c.get("role"))
                .containsExactly("DRAWER", "SUPERVISOR", "WITNESS", "WITNESS");

        Bundle bundle = BundleCodec.fromJson(call("GET", "/api/draws/" + id + "/bundle", null, OPERATOR_AMR).body());
        assertThat(bundle.log()).extracting(Bundle.LogEntry::kind).containsExactly("COMMIT", "WITNESS_ADDED",
                "WITNESS", "EXECUTE", "CONFIRM", "CONFIRM", "CONFIRM", "CONFIRM");
        assertThat(new cn.shuangsuiji.drawprotocol.bundle.BundleVerifier(1).verify(bundle).errors()).isEmpty();
    }

    /**
     * 精准匹配 (S3 二(一)): a task that requires an inspector tag draws teams only of inspectors carrying it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aTaskRequiringAnInspectorTagDrawsOnlyTaggedInspectors() {
        String scope = unique("tags");
        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 10));
        List<InspectorRecord> people = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            people.add(new InspectorRecord("ins-qy-amr-" + scope + "-" + i, "qy-amr", "130634", "执法", List.of(),
                    List.of(), i <= 2 ? List.of("食品安全") : List.of("特种设备"), "ACTIVE", List.of()));
        }
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, people);
        String plan = unique("plan-tags");
        var approved = annualPlan(plan, "qy-amr", "COUNTY", unique("item"), 3, 2, List.of(), policy(4));
        var t = approved.tasks().get(0);
        var tagged = new cn.shuangsuiji.contracts.planning.PlanTask(t.taskId(), t.name(), t.items(), t.scope(),
                t.sampleSizes(), t.windowStart(), t.windowEnd(), t.frequency(), t.level(),
                t.dispatchedToDepartmentIds(), t.estimatedPopulation(), List.of("食品安全"));
        send(codec, new cn.shuangsuiji.contracts.planning.PlanApproved(UUID.randomUUID(), Instant.now(), plan, 1,
                "ANNUAL", 2026, "年度抽查计划", "qy-amr", List.of(), approved.policy(), List.of(tagged), "approver"));
        awaitInputs(readModels, plan, scope, 2);
        Map<String, Object> drawn = RulesHarness.commitAndExecute(mvc, json,
                commitBody(plan, "t1", ents.snapshotId(), ins.snapshotId()), OPERATOR_AMR);
        List<Map<String, Object>> targets = (List<Map<String, Object>>) drawn.get("targets");
        assertThat(targets).hasSize(3).allSatisfy(x -> assertThat((List<String>) x.get("memberIds"))
                .containsExactlyInAnyOrder("ins-qy-amr-" + scope + "-1", "ins-qy-amr-" + scope + "-2"));
    }

    @SuppressWarnings("unchecked")
    static List<String> targets(Map<String, Object> draw) {
        return ((List<Map<String, Object>>) draw.get("targets")).stream().map(t -> (String) t.get("entityId"))
                .toList();
    }
}
