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
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
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

    @Autowired
    MeterRegistry meters;

    @Autowired
    WebServerApplicationContext server;

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

    /**
     * The busiest public query is measured as one request ({@code http.server.requests}) and its way through Spring
     * Security is not observed filter by filter (issue 10: those per-filter observations and counters were about a
     * third of the service's allocation per query).
     */
    @Test
    void aPublicQueryIsMeasuredAsARequestWithoutObservingTheSecurityChain() {
        int status = RestClient.create("http://localhost:" + port).get()
                .uri("/api/public/results?uscc={u}&limit=10", "911306340000000010")
                .exchange((request, r) -> r.getStatusCode().value());
        assertThat(status).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(meters.find("http.server.requests")
                .tag("uri", "/api/public/results").timer()).isNotNull());
        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security."));
    }

    /**
     * A keep-alive connection stays open however many requests it carries: Tomcat closed each after 100 by default,
     * so the gateway's pooled connection paid a new connection for every 100th request — 1% of requests, the p99
     * (issue 10).
     */
    @Test
    void aKeepAliveConnectionCarriesMoreThanAHundredRequests() throws IOException {
        byte[] request = "GET /api/public/results?uscc=911306340000000010&limit=10 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 1; i <= 150; i++) {
                out.write(request);
                out.flush();
                assertThat(line(in)).as("status of response %d", i).startsWith("HTTP/1.1 200");
                Map<String, String> headers = new HashMap<>();
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim());
                }
                assertThat(headers.getOrDefault("connection", "keep-alive")).as("response %d", i)
                        .isNotEqualToIgnoringCase("close");
                assertThat(in.readNBytes(Integer.parseInt(headers.get("content-length")))).isNotEmpty();
            }
        }
    }

    /** At most 16 request threads (not Tomcat's 200): on two cores, 50 callers no longer run 50 threads at once. */
    @Test
    void servesRequestsWithAtMostSixteenThreads() {
        var executor = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector().getProtocolHandler()
                .getExecutor();
        assertThat(executor).isInstanceOfSatisfying(org.apache.tomcat.util.threads.ThreadPoolExecutor.class,
                pool -> assertThat(pool.getMaximumPoolSize()).isEqualTo(16));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the service");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private void send(IntegrationEvent event) {
        TopicProbe.send(event.topic(), event.aggregateId(), codec.encode(event),
                Map.of("ce_type", event.eventType(), "ce_id", event.eventId().toString()));
    }
}
