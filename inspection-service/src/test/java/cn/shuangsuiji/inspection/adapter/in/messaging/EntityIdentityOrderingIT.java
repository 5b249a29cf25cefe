package cn.shuangsuiji.inspection.adapter.in.messaging;

import static cn.shuangsuiji.inspection.InspectionItSupport.publish;
import static cn.shuangsuiji.inspection.InspectionItSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.inspection.InspectionItSupport;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ordering behind "results without their entity" on the public pages: the draw's events name an entity by id
 * only and the registry's entity events travel on another topic, so a record can be drawn and its result submitted
 * before the entity's public name and USCC arrive. Such a result must not be announced without them: it is withheld
 * and published, with the entity's identity, when the registry's event arrives — and an arrival racing with a
 * result being withheld conflicts (and is retried) instead of missing the withheld event.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class EntityIdentityOrderingIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String AMR = "qy-amr";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) {
        InspectionItSupport.register(properties);
    }

    @Autowired
    EventCodec codec;
    @Autowired
    InspectionRecords records;
    @Autowired
    ReferenceData reference;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void listenersAssigned() {
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> container.getAssignedPartitions() != null
                    && !container.getAssignedPartitions().isEmpty());
        }
    }

    @Test
    void aResultSubmittedBeforeItsEntityArrivesIsPublishedWithTheEntitysNameAndCode() throws Exception {
        String planId = "plan-o-" + SUFFIX;
        String drawId = "draw-o-" + SUFFIX;
        String entityId = "late-" + SUFFIX;
        Instant now = Instant.now();
        PlanPolicyParameters policy = new PlanPolicyParameters("hebei", 2, new BigDecimal("0.03"), Map.of(), 2, 3, 4,
                "SUBSTITUTION_DRAW", 1, 5, 7, 20, null, 0, null);
        PlanTask task = new PlanTask("t-1", "市场监管抽查", List.of(new PlanItemRef("amr-o-" + SUFFIX, 1, AMR)),
                new PlanObjectScope(null, null, null, null, null, null, null), List.of(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 11, 30), 1, "COUNTY", List.of(), null);
        publish(codec,
                new DepartmentRegistered(UUID.randomUUID(), now, AMR, "曲阳县市场监督管理局", "MARKET_REGULATION",
                        "COUNTY", "130634", "bd-amr"),
                new InspectionItemPublished(UUID.randomUUID(), now, "amr-o-" + SUFFIX, 1, AMR, "营业执照检查",
                        List.of("营业执照悬挂"), "条例", "ON_SITE", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1),
                new PlanApproved(UUID.randomUUID(), now, planId, 1, "SINGLE", 2026, "抽查计划", AMR, List.of(), policy,
                        List.of(task), "approver"));
        await().atMost(Duration.ofSeconds(30)).until(() -> reference.plan(planId).isPresent()
                && reference.item("amr-o-" + SUFFIX, 1).isPresent());

        // the draw arrives first: the record knows the entity by id only
        publish(codec, new DrawCompleted(UUID.randomUUID(), now, drawId, planId, "t-1", 2026, "COUNTY", "OK", null,
                "ssj-demo", 1, "ab", "cd", "ef", List.of(new DrawnTarget(entityId, "B", "00aa")),
                List.of(new DrawnTeam(entityId, "amr-1", List.of("amr-1", "amr-2", "amr-3"))),
                List.of(new InspectionForm(entityId, "amr-1", List.of(new InspectionForm.FormMember("amr-1", AMR),
                        new InspectionForm.FormMember("amr-2", AMR), new InspectionForm.FormMember("amr-3", AMR)),
                        List.of(new InspectionForm.FormItem(AMR, "amr-o-" + SUFFIX)))), List.of(), "/bundle", now));
        InspectionId id = InspectionId.of(drawId, entityId);
        await().atMost(Duration.ofSeconds(30)).until(() -> records.find(id).isPresent());
        assertThat(records.find(id).orElseThrow().entityName()).isNull();

        // the inspector records and submits the result before the registry's event is consumed
        var inspector = token("qy-amr-inspector", AMR, "amr-1", null, "INSPECTOR");
        String base = "/api/inspections/" + id.value() + "/parts/" + AMR + "/";
        write(post(base + "notice").with(inspector), Map.of("announced", true,
                "noticeTime", now.minusSeconds(3600).toString(), "channel", "电话"));
        write(post(base + "on-site-check").with(inspector), Map.of("date", TODAY.toString(),
                "inspectorsPresent", List.of("amr-1", "amr-2", "amr-3"), "credentialsShown", true));
        write(put(base + "draft").with(inspector), Map.of("items", List.of(Map.of("itemId", "amr-o-" + SUFFIX,
                "subItems", List.of(Map.of("subItem", "营业执照悬挂", "option", "NORMAL")))),
                "category", "NO_PROBLEM_FOUND", "signature", Map.of("kind", "SIGNED")));
        write(post(base + "submit").with(inspector), Map.of());

        // then the bulk import's event: the record is named and the withheld result goes out with the identity
        publish(codec, new EntitiesRegistered(UUID.randomUUID(), Instant.now(), "imp-o-" + SUFFIX, 1, List.of(
                new EntitiesRegistered.RegisteredEntity(entityId, "曲阳县迟到商贸有限公司", "91130634MA00000L8X",
                        "130634", "ENTERPRISE", "OPERATING", "B"))));
        ConsumerRecord<String, String> first = TopicProbe.readOne(Topics.INSPECTION_RESULTS, id.value());
        assertThat(TopicProbe.header(first, "ce_type")).isEqualTo("ssj.inspection.InspectionResultRecorded");
        JsonNode recorded = json.readTree(first.value());
        assertThat(recorded.get("entityId").asString()).isEqualTo(entityId);
        assertThat(recorded.get("entityName").asString()).isEqualTo("曲阳县迟到商贸有限公司");
        assertThat(recorded.get("uscc").asString()).isEqualTo("91130634MA00000L8X");
        assertThat(records.find(id).orElseThrow().entityName()).isEqualTo("曲阳县迟到商贸有限公司");
    }

    @Test
    void anEntityArrivingWhileAResultIsWithheldConflictsInsteadOfMissingTheWithheldEvent() throws Exception {
        String entityId = "race-" + SUFFIX;
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        Thread drawSide = new Thread(() -> transactions.executeWithoutResult(status -> {
            // a submission's transaction sees no facts, withholds its event and notes that it waits for them ...
            assertThat(reference.entity(entityId)).isEmpty();
            reference.expectEntity(entityId);
            waiting.countDown();
            try {
                // ... and commits only after the registry's event was applied in another transaction
                arrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        drawSide.start();
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                reference.saveEntity(new EntityFacts(entityId, "曲阳县并发商贸有限公司", "91130634MA00000R1X"))))
                .as("a write conflict: the arrival is retried after the waiting transaction, and then sees it")
                .isInstanceOf(RuntimeException.class);
        arrived.countDown();
        drawSide.join();
        transactions.executeWithoutResult(status ->
                reference.saveEntity(new EntityFacts(entityId, "曲阳县并发商贸有限公司", "91130634MA00000R1X")));
        assertThat(reference.entity(entityId)).map(EntityFacts::name).contains("曲阳县并发商贸有限公司");
    }

    private void write(MockHttpServletRequestBuilder request, Object body) throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .header("Idempotency-Key", "k-" + UUID.randomUUID())).andExpect(status().is2xxSuccessful());
    }
}
