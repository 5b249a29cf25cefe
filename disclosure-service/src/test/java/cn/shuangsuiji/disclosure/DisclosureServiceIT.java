package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The disclosure service on real MongoDB and Kafka: public item views from registry events, health, metrics. */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class DisclosureServiceIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("disclosure_it"));
        registry.add("spring.kafka.consumer.group-id", () -> "disclosure-it-" + UUID.randomUUID());
        // health details are for administrators in production; this test shows them to check the indicators
        registry.add("management.endpoint.health.show-details", () -> "always");
        registry.add("management.endpoint.health.show-components", () -> "always");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    @Test
    void publishesItemsFromRegistryEventsAndHidesNothingTwice() {
        String itemId = "item-it-" + UUID.randomUUID().toString().substring(0, 8);
        String department = "dep-" + itemId;
        send(new InspectionItemPublished(UUID.randomUUID(), Instant.parse("2026-02-01T00:00:00Z"), itemId, 1,
                department, "企业公示信息检查", List.of("年度报告公示情况", "即时信息公示情况"), "《企业信息公示暂行条例》",
                "DOCUMENTS", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1));
        send(new InspectionItemPublished(UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"), itemId, 2,
                department, "企业公示信息检查（修订）", List.of("年度报告公示情况"), "《企业信息公示暂行条例》",
                "DOCUMENTS", "ENTERPRISE", "GENERAL", new BigDecimal("0.05"), 1));
        send(new InspectionItemWithdrawn(UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"), itemId, 1,
                department, "被第 2 版取代"));

        RestClient client = RestClient.create("http://localhost:" + port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<?, ?> page = client.get().uri("/api/public/items?departmentId={d}", department).retrieve()
                    .body(Map.class);
            List<?> items = (List<?>) page.get("items");
            assertThat(items).hasSize(2);
            assertThat((Map<String, Object>) items.get(0)).containsEntry("version", 1).containsEntry("withdrawn", true);
            assertThat((Map<String, Object>) items.get(1)).containsEntry("version", 2).containsEntry("withdrawn", false);
        });

        Map<?, ?> firstPage = client.get().uri("/api/public/items?departmentId={d}&limit=1", department).retrieve()
                .body(Map.class);
        assertThat((List<?>) firstPage.get("items")).hasSize(1);
        Map<?, ?> secondPage = client.get().uri("/api/public/items?departmentId={d}&limit=1&cursor={a}", department,
                firstPage.get("nextCursor")).retrieve().body(Map.class);
        assertThat((Map<String, Object>) ((List<?>) secondPage.get("items")).get(0)).containsEntry("version", 2);
    }

    @Test
    void reportsHealthOfMongoDbAndKafkaAndExposesOpenApiWhileMetricsNeedAToken() {
        RestClient client = RestClient.create("http://localhost:" + port);
        String health = client.get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).contains("\"mongodbPing\":{").contains("\"kafka\":{").contains("\"status\":\"UP\"");
        int metrics = client.get().uri("/actuator/prometheus").exchange((request, r) -> r.getStatusCode().value());
        assertThat(metrics).as("metrics are not anonymous").isEqualTo(401);
        String openApi = client.get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/public/items");
    }

    @Test
    void aBadPageSizeIsAProblem() {
        var response = RestClient.create("http://localhost:" + port).get().uri("/api/public/items?limit=9999")
                .exchange((request, r) -> Map.of("status", r.getStatusCode().value(),
                        "body", new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(response.get("status")).isEqualTo(400);
        assertThat((String) response.get("body")).contains("\"code\":\"REQUEST_VALIDATION_FAILED\"")
                .contains("每页最多 500 条");
    }

    private void send(IntegrationEvent event) {
        TopicProbe.send(event.topic(), event.aggregateId(), codec.encode(event),
                Map.of("ce_type", event.eventType(), "ce_id", event.eventId().toString()));
    }
}
