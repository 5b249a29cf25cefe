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
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.verifier.bundle.Bundle;
import cn.shuangsuiji.verifier.bundle.BundleCodec;
import java.io.IOException;
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

    @SuppressWarnings("unchecked")
    static List<String> targets(Map<String, Object> draw) {
        return ((List<Map<String, Object>>) draw.get("targets")).stream().map(t -> (String) t.get("entityId"))
                .toList();
    }
}
