package cn.shuangsuiji.draw.adapter.in.web;

import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.annualPlan;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.awaitInputs;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.awaitTrue;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.commitBody;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.entities;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.entitySnapshot;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.inspectorSnapshot;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.inspectors;
import static cn.shuangsuiji.draw.adapter.in.web.RulesHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.draw.adapter.in.web.RulesHarness.Response;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.application.port.out.CheckRecordBook;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.domain.check.CheckRecord;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.messaging.ProcessedEvent;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * 避免重复检查 against real MongoDB and Kafka: the inspection service's result events reach the draw service's own
 * check book once each (duplicate delivery, a correction), and the next draw on the same item in the same county
 * excludes (EXCLUDE, the default) or flags (FLAG) the entities another department already checked.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class RepeatCheckIT {

    static final RequestPostProcessor OPERATOR_AMR = Callers.user("operator-qy-amr", "qy-amr", Role.DRAW_OPERATOR);
    static final LocalDate CHECKED = LocalDate.of(2026, 3, 2);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws IOException {
        RealInfra.register(properties, RealInfra.uniqueDatabase("draw_repeat_it"));
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
    DepartmentDirectory departments;
    @Autowired
    CheckRecordBook checkBook;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TransactionTemplate transactions;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static InspectionResultRecorded recorded(String inspection, String entity, String item) {
        return new InspectionResultRecorded(UUID.randomUUID(), Instant.now(), inspection, entity, null, null,
                "qy-eco", "qy-eco", "plan-eco", "t-eco", "D-eco",
                List.of(new PublicItemResult(item, 1, "检查", List.of())), "未发现问题", CHECKED, Instant.now(), 1);
    }

    static PlanPolicyParameters policy(String repeatCheckPolicy) {
        return new PlanPolicyParameters("hebei", 3, new BigDecimal("0.03"), Map.of(), 2, 2, 4, "SUBSTITUTION_DRAW",
                1, 20, 7, 20, null, 0, null, repeatCheckPolicy);
    }

    DrawCommitted committedEvent(String drawId) {
        ConsumerRecord<String, String> r = TopicProbe.readOne(Topics.DRAW_DRAWS, drawId);
        return (DrawCommitted) codec.decode(TopicProbe.header(r, "ce_type"), r.value());
    }

    /**
     * A consumed chunk's checks in one read and one bulk write, inside the consumer's transaction: an older version
     * than the one kept changes nothing and does not abort the transaction (a duplicate key would), the higher of
     * two versions of one key in the chunk is kept whatever their order, a new key is inserted.
     */
    @Test
    void aChunksChecksAreKeptTogetherLatestVersionWinning() {
        String item = unique("item-chunk");
        CheckRecord keptV2 = new CheckRecord(unique("insp"), "qy-eco", unique("e"), List.of(item), CHECKED, 2);
        checkBook.recordAll(List.of(keptV2));
        CheckRecord olderV1 = new CheckRecord(keptV2.inspectionId(), "qy-eco", keptV2.entityId(),
                List.of(unique("item-other")), CHECKED, 1);
        String twice = unique("insp");
        CheckRecord twiceV2 = new CheckRecord(twice, "qy-eco", unique("e"), List.of(item), CHECKED, 2);
        CheckRecord twiceV1 = new CheckRecord(twice, "qy-eco", twiceV2.entityId(), List.of(unique("item-other")),
                CHECKED, 1);
        CheckRecord fresh = new CheckRecord(unique("insp"), "bd-amr", unique("e"), List.of(item), CHECKED, 1);

        transactions.executeWithoutResult(status -> checkBook.recordAll(List.of(olderV1, twiceV2, twiceV1, fresh)));

        assertThat(checkBook.checksOf(2026, List.of(item))).containsExactlyInAnyOrder(keptV2, twiceV2, fresh);
    }

    @Test
    void resultEventsOfAnotherCountyDepartmentExcludeOrFlagTheNextDrawsCandidates() {
        String scope = unique("repeat");
        String item = unique("item-shared");
        send(codec, new DepartmentRegistered(UUID.randomUUID(), Instant.now(), "qy-amr", "曲阳县市场监督管理局",
                "MARKET_REGULATION", "COUNTY", "130634", null));
        send(codec, new DepartmentRegistered(UUID.randomUUID(), Instant.now(), "qy-eco", "曲阳县发展和改革局",
                "ECONOMY", "COUNTY", "130634", null));
        String e0 = scope + "-0";
        String e1 = scope + "-1";
        String e2 = scope + "-2";
        InspectionResultRecorded r0 = recorded(unique("insp"), e0, item);
        InspectionResultRecorded r1 = recorded(unique("insp"), e1, item);
        InspectionResultCorrected c1 = new InspectionResultCorrected(UUID.randomUUID(), Instant.now(),
                r1.inspectionId(), e1, null, null, "qy-eco", "plan-eco", "t-eco", "D-eco", 2, "检查事项录入错误",
                Instant.now(), new PublicInspectionResult(2, List.of(new PublicItemResult(unique("item-other"), 1,
                        "检查", List.of())), "未发现问题", CHECKED, Instant.now()), r1.result());
        InspectionResultRecorded r2 = recorded(unique("insp"), e2, item);
        send(codec, r0);
        send(codec, r0); // delivered twice
        send(codec, r1);
        send(codec, c1); // the correction moves the check to another item
        send(codec, r1); // redelivered after the correction: applied once already
        send(codec, r2);

        awaitTrue(() -> mongo.count(Query.query(Criteria.where("consumer").is("draw-inspection-results")
                .and("eventId").in(List.of(r0.eventId().toString(), r1.eventId().toString(),
                        c1.eventId().toString(), r2.eventId().toString()))), ProcessedEvent.class) == 4);
        awaitTrue(() -> checkBook.checksOf(2026, List.of(item)).size() == 2);
        assertThat(checkBook.checksOf(2026, List.of(item))).extracting(CheckRecord::entityId)
                .containsExactlyInAnyOrder(e0, e2);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(r1.inspectionId() + "/qy-eco")
                .and("version").is(2)), "draw_checks")).isEqualTo(1);

        ConfirmedSnapshot ents = entitySnapshot(codec, unique("ent"), scope, entities(scope, 20));
        ConfirmedSnapshot ins = inspectorSnapshot(codec, unique("ins"), scope, inspectors("qy-amr", 4, scope));
        String excludePlan = unique("plan-exclude");
        String flagPlan = unique("plan-flag");
        send(codec, annualPlan(excludePlan, "qy-amr", "COUNTY", item, 18, 1, List.of(), policy(null)));
        send(codec, annualPlan(flagPlan, "qy-amr", "COUNTY", item, 20, 1, List.of(), policy("FLAG")));
        awaitInputs(readModels, excludePlan, scope, 2);
        awaitTrue(() -> readModels.plan(flagPlan).isPresent());
        awaitTrue(() -> departments.department("qy-eco").map(d -> "130634".equals(d.regionCode())).orElse(false)
                && departments.department("qy-amr").map(d -> "130634".equals(d.regionCode())).orElse(false));

        Response excluded = RulesHarness.call(mvc, json, "POST", "/api/draws",
                commitBody(excludePlan, "t1", ents.snapshotId(), ins.snapshotId()), OPERATOR_AMR);
        assertThat(excluded.status()).as(excluded.body()).isEqualTo(201);
        assertThat(((Number) excluded.map().get("exclusionCount")).intValue()).isEqualTo(2);
        String excludeDraw = (String) excluded.map().get("id");
        assertThat(committedEvent(excludeDraw)).satisfies(e -> {
            assertThat(e.repeatChecksExcluded()).isEqualTo(2);
            assertThat(e.repeatChecksFlagged()).isZero();
        });
        Map<String, Object> executed = RulesHarness.execute(mvc, json, excludeDraw, OPERATOR_AMR);
        assertThat(DrawRulesIT.targets(executed)).hasSize(18).doesNotContain(e0, e2).contains(e1);
        Bundle bundle = BundleCodec.fromJson(RulesHarness.call(mvc, json, "GET",
                "/api/draws/" + excludeDraw + "/bundle", null, OPERATOR_AMR).body());
        assertThat(bundle.snapshot().exclusions()).extracting(Bundle.Exclusion::targetId, Bundle.Exclusion::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(e0, "REPEAT_CHECK"),
                        org.assertj.core.groups.Tuple.tuple(e2, "REPEAT_CHECK"));
        assertThat(new BundleVerifier(1).verify(bundle).errors()).isEmpty();

        Response flagged = RulesHarness.call(mvc, json, "POST", "/api/draws",
                commitBody(flagPlan, "t1", ents.snapshotId(), ins.snapshotId()), OPERATOR_AMR);
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        assertThat(((Number) flagged.map().get("exclusionCount")).intValue()).isZero();
        assertThat(committedEvent((String) flagged.map().get("id"))).satisfies(e -> {
            assertThat(e.repeatChecksExcluded()).isZero();
            assertThat(e.repeatChecksFlagged()).isEqualTo(2);
        });
    }
}
