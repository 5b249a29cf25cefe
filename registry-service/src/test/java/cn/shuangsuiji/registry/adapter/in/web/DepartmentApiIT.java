package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.registry.testing.TestTokens;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** Registers a department over HTTP against real MongoDB and Kafka and reads the event off the topic. */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestIdentityConfiguration.class)
class DepartmentApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_it"));
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxRelay relay;

    @Test
    void registersADepartmentAndPublishesItsEventWithCloudEventsHeaders() {
        String id = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient client = RestClient.create("http://localhost:" + port);

        String admin = "Bearer " + TestTokens.token("admin", null, "PLATFORM_ADMIN");
        var created = client.post().uri("/api/registry/departments").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", id, "name", "曲阳县市场监督管理局", "type", "MARKET_REGULATION",
                        "level", "COUNTY", "regionCode", "130634"))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("typeName", "市场监管");

        var duplicate = client.post().uri("/api/registry/departments").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", id, "name", "重复", "type", "MARKET_REGULATION", "level", "COUNTY",
                        "regionCode", "130634"))
                .exchange((request, response) -> Map.of("status", response.getStatusCode().value(),
                        "type", String.valueOf(response.getHeaders().getContentType()),
                        "body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(duplicate.get("status")).isEqualTo(409);
        assertThat(duplicate.get("type")).isEqualTo("application/problem+json");
        assertThat((String) duplicate.get("body")).contains("\"code\":\"DEPARTMENT_EXISTS\"");

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        List<ConsumerRecord<String, String>> records = TopicProbe.readByKey(Topics.REGISTRY_ORGANISATIONS, id, 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("ssj.registry.DepartmentRegistered");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/ssj/registry-service");
        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
        assertThat(TopicProbe.header(record, "ce_time")).isNotBlank();
        assertThat(record.value()).contains("\"departmentId\":\"" + id + "\"");
    }
}
