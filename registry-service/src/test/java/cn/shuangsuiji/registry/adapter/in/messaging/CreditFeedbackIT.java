package cn.shuangsuiji.registry.adapter.in.messaging;

import static cn.shuangsuiji.registry.testing.TestTokens.admin;
import static cn.shuangsuiji.registry.testing.TestTokens.clerk;
import static cn.shuangsuiji.registry.testing.TestTokens.jointOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.ResultCategories;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.registry.testing.TestTokens;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;

/**
 * 信用反馈 end to end with real Kafka and MongoDB: results and follow-up published on the inspection topic become
 * risk facts of the entity, change the class the next snapshot records (so the next draw stratifies it higher),
 * show in the entity's history with the event that caused them, are applied once however often delivered, and a
 * correction or a removal from the abnormal list takes them back.
 */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestIdentityConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditFeedbackIT {

    static final String DEPT = "it-credit";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_credit_it"));
        // a group of its own: other registry test contexts in this JVM must not take this test's partitions
        registry.add("spring.kafka.consumer.group-id", () -> "registry-credit-it-" + UUID.randomUUID());
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    RestClient client;

    record Reply(int status, String body) {
    }

    @BeforeAll
    void department() {
        client = RestClient.create("http://localhost:" + port);
        send("POST", "/api/registry/departments", Map.of("id", DEPT, "name", "测试部门" + DEPT,
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
    }

    Reply send(String method, String uri, Object body, Map<String, String> headers) {
        var spec = client.method(HttpMethod.valueOf(method)).uri(uri);
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> new Reply(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /**
     * Digits 9–12 of every USCC this run registers: the broker outlives a run (a second run against the same Kafka
     * replays the topic to this test's fresh consumer group), so an earlier run's events must name other entities.
     */
    static final String RUN = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));

    String entity(String usccBase, String creditClass) {
        usccBase = usccBase.substring(0, 8) + RUN + usccBase.substring(12);
        Map<String, Object> body = new HashMap<>(Map.of("name", "曲阳县信用测试有限公司" + usccBase.substring(12),
                "uscc", Uscc.complete(usccBase), "legalRepresentative", "王建国", "regionCode", "130634",
                "industry", "C3032", "objectType", "ENTERPRISE", "creditClass", creditClass,
                "supervisionScopes", List.of(DEPT)));
        Reply created = send("POST", "/api/registry/entities", body, clerk(DEPT));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"id\":\"(ent-[^\"]+)\".*", "$1");
    }

    void publish(IntegrationEvent... events) {
        for (IntegrationEvent e : events) {
            TopicProbe.send(e.topic(), e.aggregateId(), codec.encode(e),
                    Map.of("ce_type", e.eventType(), "ce_id", e.eventId().toString()));
        }
    }

    static InspectionResultRecorded result(String entityId, String inspectionId, String category) {
        return new InspectionResultRecorded(UUID.randomUUID(), Instant.now(), inspectionId, entityId, null, null,
                "qy-amr", "qy-amr", "plan-1", "task-1", "draw-1", List.of(), category, LocalDate.now().minusDays(3),
                Instant.now(), 1);
    }

    static FollowUpRecorded followUp(String entityId, String inspectionId, String kind) {
        return new FollowUpRecorded(UUID.randomUUID(), Instant.now(), inspectionId, "fu-" + UUID.randomUUID(),
                entityId, null, null, "qy-amr", "plan-1", "task-1", "draw-1", kind, null, LocalDate.now(), null,
                null, Instant.now());
    }

    String credit(String entityId) {
        Reply r = send("GET", "/api/registry/entities/" + entityId + "/credit", null, clerk(DEPT));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    void awaitCredit(String entityId, String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(credit(entityId)).contains(expected));
    }

    /** The class and abnormal flag the snapshot recorded for the entity (objectType, region, industry, class). */
    String snapshotClass(String entityId) throws Exception {
        Reply snap = send("POST", "/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(DEPT)), clerk(DEPT));
        assertThat(snap.status()).as(snap.body()).isEqualTo(201);
        String snapId = snap.body().replaceAll(".*\"id\":\"(snap-[^\"]+)\".*", "$1");
        byte[] gz = client.get().uri("/api/registry/snapshots/" + snapId + "/content")
                .header("Authorization", TestTokens.service().get("Authorization")).retrieve().body(byte[].class);
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(),
                StandardCharsets.ISO_8859_1);
        var m = Pattern.compile(Pattern.quote(entityId) + "[\\s\\S]{1,8}ENTERPRISE[\\s\\S]{1,8}130634[\\s\\S]{1,8}"
                + "C3032[\\s\\S]{1,8}?([A-E])").matcher(text);
        assertThat(m.find()).as("the entity's record in the snapshot").isTrue();
        return m.group(1);
    }

    @Test
    void anAbnormalListingMovesTheEntityToClassDInTheNextSnapshotUntilItIsRemoved() throws Exception {
        String id = entity("91130634MA0C00001", "A");
        String bystander = entity("91130634MA0C00002", "A");
        assertThat(snapshotClass(id)).isEqualTo("A");

        FollowUpRecorded listed = followUp(id, "insp-" + UUID.randomUUID(), "ABNORMAL_LIST");
        publish(listed, listed); // delivered twice: applied once
        awaitCredit(id, "\"effectiveCreditClass\":\"D\"");
        assertThat(credit(id)).contains("\"importedCreditClass\":\"A\"").contains("\"effectiveAbnormalList\":true")
                .contains("\"kind\":\"ABNORMAL_LISTED\"").contains("\"eventId\":\"" + listed.eventId() + "\"");
        assertThat(credit(id).split("\"kind\":\"ABNORMAL_LISTED\"", -1)).as("one fact for one event").hasSize(2);
        assertThat(snapshotClass(id)).as("the next draw stratifies the entity as D").isEqualTo("D");
        assertThat(snapshotClass(bystander)).isEqualTo("A");

        String history = send("GET", "/api/registry/entities/" + id + "/history", null, clerk(DEPT)).body();
        assertThat(history).contains("CREDIT_FEEDBACK")
                .contains("event:ssj.inspection.FollowUpRecorded:" + listed.eventId());
        assertThat(history.split("CREDIT_FEEDBACK", -1)).as("one history entry").hasSize(2);

        publish(followUp(id, listed.inspectionId(), "ABNORMAL_LIST_REMOVED"));
        awaitCredit(id, "\"effectiveCreditClass\":\"A\"");
        assertThat(credit(id)).contains("\"effectiveAbnormalList\":false");
        assertThat(snapshotClass(id)).isEqualTo("A");
    }

    @Test
    void eachResultFactRaisesTheClassAndACorrectionTakesItBack() throws Exception {
        String unqualified = entity("91130634MA0C00003", "B");
        String falsified = entity("91130634MA0C00004", "B");
        String caseFiled = entity("91130634MA0C00005", "A");
        String referred = entity("91130634MA0C00006", "A");
        String nonCooperating = entity("91130634MA0C00007", "A");
        String fine = entity("91130634MA0C00008", "B");
        String twice = entity("91130634MA0C00010", "B");
        InspectionResultRecorded failed = result(unqualified, "insp-u", ResultCategories.UNQUALIFIED);
        // sent together, so mostly consumed as one chunk: the entity `twice` changes its profile twice in it
        publish(failed, result(twice, "insp-t", ResultCategories.UNQUALIFIED), followUp(twice, "insp-t", "CASE_FILED"),
                result(falsified, "insp-f", ResultCategories.FALSE_DISCLOSURE),
                followUp(caseFiled, "insp-c", "CASE_FILED"), followUp(referred, "insp-r", "REFERRAL"),
                result(nonCooperating, "insp-n", ResultCategories.SERIOUS_NON_COOPERATION),
                result(fine, "insp-q", ResultCategories.QUALIFIED),
                followUp(fine, "insp-q", "RECTIFICATION_ORDERED"));
        awaitCredit(unqualified, "\"effectiveCreditClass\":\"C\"");
        awaitCredit(falsified, "\"effectiveCreditClass\":\"D\"");
        awaitCredit(caseFiled, "\"effectiveCreditClass\":\"D\"");
        awaitCredit(referred, "\"effectiveCreditClass\":\"C\"");
        awaitCredit(nonCooperating, "\"effectiveCreditClass\":\"C\"");
        assertThat(credit(fine)).contains("\"effectiveCreditClass\":\"B\"").contains("\"facts\":[]");
        awaitCredit(twice, "\"effectiveCreditClass\":\"D\"");
        assertThat(credit(twice)).contains("UNQUALIFIED_RESULT").contains("CASE_FILED");
        assertThat(snapshotClass(falsified)).isEqualTo("D");

        // S1 22: the corrected result (合格) no longer calls for C
        publish(new InspectionResultCorrected(UUID.randomUUID(), Instant.now(), "insp-u", unqualified, null, null,
                "qy-amr", "plan-1", "task-1", "draw-1", 2, "检测报告复核为合格", Instant.now(),
                new PublicInspectionResult(2, List.of(), ResultCategories.QUALIFIED, failed.checkDate(), Instant.now()),
                failed.result()));
        awaitCredit(unqualified, "\"effectiveCreditClass\":\"B\"");
        assertThat(snapshotClass(unqualified)).isEqualTo("B");
    }

    @Test
    void risksRulesAreVersionedPerJurisdictionAndMayNotLowerAClassWhereForbidden() throws Exception {
        Map<String, Object> rule = Map.of("classFor", Map.of("UNQUALIFIED_RESULT", "E"), "combine", "HIGHER_RISK",
                "lookbackYears", 2, "reason", "曲阳县对不合格结果从严");
        Reply other = send("PUT", "/api/registry/risk-rules/130634", rule, jointOffice("130600"));
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        Reply clerkTry = send("PUT", "/api/registry/risk-rules/130634", rule, clerk(DEPT));
        assertThat(clerkTry.status()).isEqualTo(403);

        Reply lowering = send("PUT", "/api/registry/risk-rules/130634", Map.of("classFor",
                Map.of("UNQUALIFIED_RESULT", "B"), "combine", "RULE_REPLACES", "reason", "试点"), admin());
        assertThat(lowering.status()).as(lowering.body()).isEqualTo(422);
        assertThat(lowering.body()).contains("RISK_RULE_LOWERS_CLASS").contains("\"field\":\"combine\"");
        Reply bad = send("PUT", "/api/registry/risk-rules/130634", Map.of("classFor", Map.of("NOPE", "Z"),
                "combine", "HIGHER_RISK", "reason", "x"), admin());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("RISK_RULE_INVALID").contains("\"field\":\"classFor\"");

        Reply v1 = send("PUT", "/api/registry/risk-rules/130634", rule, jointOffice("130634"));
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        assertThat(v1.body()).contains("\"version\":1").contains("\"UNQUALIFIED_RESULT\":\"E\"");
        assertThat(send("GET", "/api/registry/risk-rules", null, clerk(DEPT)).body())
                .contains("\"jurisdiction\":\"130634\"").contains("\"jurisdiction\":\"000000\"");

        String id = entity("91130634MA0C00009", "A");
        publish(result(id, "insp-e", ResultCategories.UNQUALIFIED));
        awaitCredit(id, "\"effectiveCreditClass\":\"E\"");
        assertThat(credit(id)).contains("\"jurisdiction\":\"130634\"").contains("\"version\":1");
        assertThat(send("GET", "/api/registry/risk-rules/130634/versions", null, clerk(DEPT)).body())
                .contains("曲阳县对不合格结果从严");
        assertThat(send("GET", "/api/registry/risk-rules/999900/versions", null, clerk(DEPT)).status())
                .isEqualTo(404);
        assertThat(send("GET", "/api/registry/audit?aggregateType=RiskRule", null, admin()).body())
                .contains("risk-rule.revise");
    }
}
