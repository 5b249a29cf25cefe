package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.disclosure.DrawDisclosed;
import cn.shuangsuiji.contracts.disclosure.ItemDisclosed;
import cn.shuangsuiji.contracts.disclosure.PlanDisclosed;
import cn.shuangsuiji.contracts.draw.DrawEvents;
import cn.shuangsuiji.disclosure.application.port.in.AnnounceBundlesUseCase;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataUseCase;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import cn.shuangsuiji.disclosure.application.port.in.ReleaseWithheldTargetsUseCase;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The public views from events on real MongoDB and Kafka: plans (amended, withdrawn, never published), draws
 * (substitution, replacement, abandonment, withheld then released), entities by credit code and name, paging and
 * bad input, the privacy scan over every public endpoint, and the public feed topics.
 */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class PublicDisclosureIT {

    static final PublicFixture F = new PublicFixture();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T02:00:00Z"));
    /** draw-service's HTTP API as the kit sees it: the token endpoint and the bundle endpoint. */
    static final StubDrawService DRAW_SERVICE = StubDrawService.start();
    static final byte[] JAR = ("PK fake verifier jar " + F.run).getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("disclosure_public_it"));
        registry.add("spring.kafka.consumer.group-id", () -> "disclosure-public-it-" + UUID.randomUUID());
        registry.add("ssj.disclosure.withheld-item-ids", () -> F.secretItem);
        registry.add("ssj.disclosure.data-dir", () -> "target/it-data-" + F.run);
        // the tests move the clock (to the end of a window, to the kit's day) and call the release themselves: the
        // schedule must not release at a moved clock in between
        registry.add("ssj.disclosure.release-initial-delay", () -> "PT24H");
        registry.add("ssj.disclosure.release-interval", () -> "PT24H");
        registry.add("ssj.draw.base-url", DRAW_SERVICE::baseUrl);
        registry.add("ssj.services.token-uri", () -> DRAW_SERVICE.baseUrl() + "/oauth2/token");
        registry.add("ssj.disclosure.verifier-jar", () -> {
            try {
                java.nio.file.Path jar = java.nio.file.Files.createDirectories(
                        java.nio.file.Path.of("target", "it-kit-" + F.run)).resolve("ssj-verifier.jar");
                java.nio.file.Files.write(jar, JAR);
                return jar.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    @Autowired
    ReleaseWithheldTargetsUseCase release;

    @Autowired
    AnnounceBundlesUseCase bundles;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    OpenDataUseCase openData;

    RestClient client;

    @BeforeAll
    void sendFixture() {
        client = RestClient.create("http://localhost:" + port);
        List<IntegrationEvent> events = F.events();
        List<IntegrationEvent> upstream = events.stream().filter(e -> !DrawEvents.TYPES.contains(e.getClass())).toList();
        upstream.forEach(this::send);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(get("/api/public/plans/" + F.annualPlan).get("version")).isEqualTo(2);
            assertThat(get("/api/public/plans/" + F.withdrawnPlan).get("status")).isEqualTo("WITHDRAWN");
            assertThat(get("/api/public/plans/" + F.jointPlan).get("status")).isEqualTo("IN_FORCE");
            assertThat(status("/api/public/entities/" + F.usccC)).isEqualTo(200);
            assertThat(status("/api/public/entities/" + F.usccB)).isEqualTo(200);
            assertThat(status("/api/public/entities/" + F.usccA)).isEqualTo(200);
            assertThat(status("/api/public/items/" + F.secretItem)).isEqualTo(200);
        });
        events.stream().filter(e -> DrawEvents.TYPES.contains(e.getClass())).forEach(this::send);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(get("/api/public/draws/" + F.draw).get("replacements")).asList().hasSize(1);
            assertThat(get("/api/public/draws/" + F.abandonedDraw).get("status")).isEqualTo("ABANDONED");
            assertThat(get("/api/public/draws/" + F.secretDraw).get("status")).isEqualTo("COMPLETED");
            assertThat(get("/api/public/draws/" + F.committedDraw).get("status")).isEqualTo("COMMITTED");
        });
        F.resultEvents().forEach(this::send);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            Map<String, Object> a = get("/api/public/results/" + F.inspectionA + ":" + F.amr);
            assertThat((List<?>) a.get("followUps")).hasSize(1);
            assertThat(status("/api/public/results/" + F.inspectionPerson + ":" + F.amr)).isEqualTo(200);
        });
    }

    @Test
    void plansShowOnlyPublishedVersionsWithAmendmentsAndWithdrawals() {
        Map<String, Object> annual = get("/api/public/plans/" + F.annualPlan);
        assertThat(annual).containsEntry("title", "2026年度市场监管随机抽查计划（修订）").containsEntry("kind", "ANNUAL")
                .containsEntry("initiatingDepartmentId", F.amr).containsEntry("periodStart", "2026-03-01")
                .containsEntry("periodEnd", "2026-12-15").containsEntry("status", "IN_FORCE");
        assertThat(annual.get("approvedAt")).isNotNull();
        assertThat(annual.get("firstPublishedAt")).isEqualTo("2026-03-02T02:01:00Z");
        assertThat(annual.get("publishedAt")).isEqualTo("2026-03-02T02:03:00Z");
        List<Map<String, Object>> amendments = (List<Map<String, Object>>) annual.get("amendments");
        assertThat(amendments).hasSize(1);
        assertThat(amendments.get(0)).containsEntry("reason", "增加食品经营检查事项").containsEntry("version", 2)
                .containsEntry("previousVersion", 1);
        Map<String, Object> task = ((List<Map<String, Object>>) annual.get("tasks")).get(0);
        assertThat(task).containsEntry("frequency", 1).containsEntry("estimatedPopulation", 1200)
                .doesNotContainKeys("includeEntityIds", "excludeEntityIds", "tags");
        assertThat(((List<Map<String, Object>>) task.get("sampleSizes")).get(0)).containsEntry("ratio", 0.05);

        Map<String, Object> joint = get("/api/public/plans/" + F.jointPlan);
        assertThat(joint.get("participatingDepartmentIds")).isEqualTo(List.of(F.psb));
        Map<String, Object> withdrawn = get("/api/public/plans/" + F.withdrawnPlan);
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN").containsEntry("withdrawalReason", "上级通知取消");

        assertThat(status("/api/public/plans/" + F.draftPlan)).isEqualTo(404);
        assertThat(ids(get("/api/public/plans?departmentId=" + F.amr), "planId"))
                .containsExactly(F.annualPlan, F.jointPlan, F.withdrawnPlan);
        assertThat(ids(get("/api/public/plans?departmentId=" + F.psb + "&kind=JOINT"), "planId"))
                .containsExactly(F.jointPlan);
        assertThat(ids(get("/api/public/plans?departmentId=" + F.amr + "&from=2026-04-01&to=2026-04-30"), "planId"))
                .containsExactly(F.annualPlan);
    }

    @Test
    void keysetPagingFollowsCursorsAndRefusesBadInput() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = get("/api/public/plans?departmentId=" + F.amr + "&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page, "planId"));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(F.annualPlan, F.jointPlan, F.withdrawnPlan);

        assertProblem("/api/public/plans?cursor=garbage!", 400, "CURSOR_INVALID");
        assertProblem("/api/public/items?cursor=Z2FyYmFnZQ", 400, "CURSOR_INVALID");
        assertProblem("/api/public/draws?cursor=%25%25", 400, "CURSOR_INVALID");
        assertProblem("/api/public/entities?name=x&cursor=bm9wZQ", 400, "CURSOR_INVALID");
        assertProblem("/api/public/plans?from=2026-13-01", 400, "DATE_INVALID");
        assertProblem("/api/public/draws?from=2026-05-01&to=2026-04-01", 400, "PERIOD_INVALID");
        assertProblem("/api/public/entities?name=" + "长".repeat(51), 400, "QUERY_TOO_LONG");
        assertProblem("/api/public/entities?uscc=123", 400, "USCC_INVALID");
        assertProblem("/api/public/entities", 400, "QUERY_REQUIRED");
        assertProblem("/api/public/entities?name=a&match=fuzzy", 400, "MATCH_INVALID");
        assertProblem("/api/public/plans?limit=501", 400, "REQUEST_VALIDATION_FAILED");
        assertProblem("/api/public/draws/draw-unknown", 404, "DRAW_NOT_FOUND");
        assertProblem("/api/public/items/item-unknown", 404, "ITEM_NOT_FOUND");
        assertProblem("/api/public/entities/91130634MA00000000", 404, "ENTITY_NOT_FOUND");
    }

    /** Bad input on every public list and read: unknown ids 404; malformed cursors, dates, oversized queries 400. */
    @Test
    void everyPublicEndpointAnswersBadInputWithAProblem() {
        String tooLong = "长".repeat(QueryInput.MAX_TEXT + 1);
        // unknown ids
        assertProblem("/api/public/departments/dept-unknown", 404, "DEPARTMENT_NOT_FOUND");
        assertProblem("/api/public/plans/plan-unknown", 404, "PLAN_NOT_FOUND");
        assertProblem("/api/public/plans/" + F.draftPlan, 404, "PLAN_NOT_FOUND");
        assertProblem("/api/public/items/item-unknown", 404, "ITEM_NOT_FOUND");
        assertProblem("/api/public/draws/draw-unknown", 404, "DRAW_NOT_FOUND");
        assertProblem("/api/public/results/insp-unknown:" + F.amr, 404, "RESULT_NOT_FOUND");
        assertProblem("/api/public/entities/91130634MA00000001", 404, "ENTITY_NOT_FOUND");
        assertProblem("/api/public/open-data/kit/bundles/draw-unknown", 404, "DRAW_NOT_FOUND");
        assertProblem("/api/public/open-data/2020-01-01/plans.csv", 404, "OPEN_DATA_NOT_FOUND");
        // malformed cursors on every keyset-paged list
        for (String list : List.of("/api/public/items?", "/api/public/plans?", "/api/public/draws?",
                "/api/public/results?departmentId=" + F.amr + "&", "/api/public/entities?name=曲阳&")) {
            assertProblem(list + "cursor=garbage!", 400, "CURSOR_INVALID");
            assertProblem(list + "cursor=" + "A".repeat(600), 400, "CURSOR_INVALID");
            assertProblem(list + "cursor=eDp5", 400, "CURSOR_INVALID");
            assertProblem(list + "limit=0", 400, "REQUEST_VALIDATION_FAILED");
            assertProblem(list + "limit=501", 400, "REQUEST_VALIDATION_FAILED");
        }
        // malformed dates and periods
        for (String list : List.of("/api/public/plans?", "/api/public/draws?", "/api/public/results?planId=p&")) {
            assertProblem(list + "from=2026-02-30", 400, "DATE_INVALID");
            assertProblem(list + "to=20260301", 400, "DATE_INVALID");
            assertProblem(list + "from=2026-05-01&to=2026-04-01", 400, "PERIOD_INVALID");
        }
        assertProblem("/api/public/open-data/2026-13-01/plans.csv", 400, "DATE_INVALID");
        // oversized and malformed queries
        assertProblem("/api/public/results?name=" + tooLong, 400, "QUERY_TOO_LONG");
        assertProblem("/api/public/results?departmentId=" + "x".repeat(51), 400, "QUERY_TOO_LONG");
        assertProblem("/api/public/plans?departmentId=" + "x".repeat(51), 400, "QUERY_TOO_LONG");
        assertProblem("/api/public/entities?name=" + tooLong + "&match=contains", 400, "QUERY_TOO_LONG");
        assertProblem("/api/public/results?uscc=91130634", 400, "USCC_INVALID");
        assertProblem("/api/public/results?name=曲阳&match=regex", 400, "MATCH_INVALID");
        assertProblem("/api/public/statistics/fairness?year=1999", 400, "REQUEST_VALIDATION_FAILED");
    }

    @Test
    void drawsShowCommitmentSubstitutionReplacementAndAbandonmentWithoutInspectors() {
        Map<String, Object> draw = get("/api/public/draws/" + F.draw);
        // the bundle names each target's inspectors: public the day after the task's window (ends 2026-12-15)
        assertThat(draw).containsEntry("status", "COMPLETED").containsEntry("taskName",
                "2026年度市场监管随机抽查计划（修订）·任务一").containsEntry("bundleUrl", null)
                .containsEntry("bundlePublicFrom", "2026-12-16").containsEntry("targetsWithheld", false);
        Map<String, Object> commitment = (Map<String, Object>) draw.get("commitment");
        assertThat(commitment).containsEntry("beaconRound", 1234567)
                .containsEntry("commitmentHash", "9f2c" + "0".repeat(60))
                .containsEntry("witnessCommitments", List.of(F.witnessCommitment))
                .containsEntry("repeatPairingsAvoided", 2);
        assertThat((List<Map<String, Object>>) commitment.get("sources")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("name", "双色球").containsEntry("format", "DECIMAL"));
        assertThat((Map<String, Object>) draw.get("execution")).containsEntry("seed", "ab" + "1".repeat(62))
                .containsEntry("logHead", F.logHead).containsEntry("logTreeSize", 17)
                .containsEntry("checkpointUrl", "/api/public/draw-log/checkpoints/17");
        // the committed-only draw shows its commitment (with witnesses' commitments) at once
        assertThat((Map<String, Object>) get("/api/public/draws/" + F.committedDraw).get("commitment"))
                .containsEntry("witnessCommitments", List.of(F.witnessCommitment));
        List<Map<String, Object>> targets = (List<Map<String, Object>>) draw.get("targets");
        assertThat(targets).extracting(t -> t.get("entityId")).containsExactly(F.entityA, null, F.entityB);
        assertThat(targets.get(0)).containsEntry("name", F.nameA).containsEntry("uscc", F.usccA)
                .containsEntry("current", true);
        // a natural person drawn as a target is shown only by stratum and key
        assertThat(targets.get(1)).containsEntry("current", false).containsEntry("name", null)
                .containsEntry("entityId", null);
        assertThat(targets.get(2)).containsEntry("name", F.nameB).containsEntry("current", true);
        assertThat((List<Map<String, Object>>) draw.get("substitutions")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("reason", "DEREGISTERED")
                        .containsEntry("substituteTargetId", F.entityB));
        assertThat((List<Map<String, Object>>) draw.get("replacements")).singleElement()
                .satisfies(r -> assertThat(r).containsOnlyKeys("targetId", "reason", "mode", "at")
                        .containsEntry("reason", "AVOIDANCE"));

        Map<String, Object> abandoned = get("/api/public/draws/" + F.abandonedDraw);
        assertThat((Map<String, Object>) abandoned.get("abandonment")).containsEntry("reason", "信标轮次未产生，重新承诺");
        assertThat(ids(get("/api/public/draws?planId=" + F.annualPlan), "drawId"))
                .containsExactlyInAnyOrder(F.draw, F.abandonedDraw, F.committedDraw);
        assertThat(ids(get("/api/public/draws?departmentId=" + F.amr + "&from=2026-03-02&to=2026-03-02"), "drawId"))
                .hasSize(4);
    }

    @Test
    void resultsByEntityShowTheItemTableCorrectionsAndFollowUps() {
        Map<String, Object> a = get("/api/public/results/" + F.inspectionA + ":" + F.amr);
        assertThat(a).containsEntry("planId", F.annualPlan).containsEntry("planTitle", "2026年度市场监管随机抽查计划（修订）")
                .containsEntry("kind", "ANNUAL").containsEntry("taskName", "2026年度市场监管随机抽查计划（修订）·任务一")
                .containsEntry("departmentId", F.amr).containsEntry("entityName", F.nameA)
                .containsEntry("uscc", F.usccA).containsEntry("checkDate", "2026-03-20").containsEntry("version", 2)
                .containsEntry("category", "NO_PROBLEM_FOUND").containsEntry("categoryName", "未发现问题")
                .containsEntry("corrected", true);
        Map<String, Object> correction = ((List<Map<String, Object>>) a.get("corrections")).get(0);
        assertThat(correction).containsEntry("reason", "录入错误：年报已按时公示")
                .containsEntry("correctedAt", "2026-03-25T01:00:00Z");
        assertThat((Map<String, Object>) correction.get("earlier")).containsEntry("version", 1)
                .containsEntry("category", "PROBLEM_FOUND_FOLLOW_UP_PENDING");
        Map<String, Object> item = ((List<Map<String, Object>>) a.get("items")).get(0);
        assertThat(item).containsEntry("checkProject", "企业公示信息检查");
        assertThat(((List<Map<String, Object>>) item.get("subItems")).get(0)).containsEntry("result", "NORMAL");
        assertThat(((List<Map<String, Object>>) a.get("followUps")).get(0)).containsEntry("kind", "RECHECKED")
                .containsEntry("outcome", "RECTIFIED");

        Map<String, Object> person = get("/api/public/results/" + F.inspectionPerson + ":" + F.amr);
        assertThat(person).containsEntry("entityName", null).containsEntry("entityId", null).containsEntry("uscc", null);

        assertThat(ids(get("/api/public/results?uscc=" + F.usccA), "resultId"))
                .containsExactly(F.inspectionA + ":" + F.amr);
        // the list is written from the stored announcements: each item is exactly the announcement as read alone
        assertThat(((List<Map<String, Object>>) get("/api/public/results?uscc=" + F.usccA).get("items")).get(0))
                .isEqualTo(a);
        assertThat(ids(get("/api/public/results?name=" + F.nameA.substring(0, 6) + "&limit=500"), "resultId"))
                .contains(F.inspectionA + ":" + F.amr);
        assertThat(ids(get("/api/public/results?name=恒达石雕&match=contains&planId=" + F.annualPlan), "resultId"))
                .containsExactly(F.inspectionA + ":" + F.amr);
        assertThat(ids(get("/api/public/results?planId=" + F.annualPlan + "&from=2026-03-21&to=2026-03-31"),
                "resultId")).containsExactly(F.inspectionPerson + ":" + F.amr);
        assertThat(ids(get("/api/public/results?departmentId=" + F.amr), "resultId")).hasSize(2);
        assertProblem("/api/public/results/nothing", 404, "RESULT_NOT_FOUND");
        assertProblem("/api/public/results?uscc=" + F.usccA + "&cursor=x.y", 400, "CURSOR_INVALID");

        List<ConsumerRecord<String, String>> corrections = TopicProbe.readByKey(Topics.PUBLIC_CORRECTIONS,
                F.inspectionA + ":" + F.amr, 1);
        assertThat(TopicProbe.header(corrections.get(0), "ce_type")).isEqualTo("ssj.public.CorrectionDisclosed");
        List<ConsumerRecord<String, String>> results = TopicProbe.readByKey(Topics.PUBLIC_RESULTS,
                F.inspectionA + ":" + F.amr, 3);
        assertThat(results).allSatisfy(r -> assertThat(TopicProbe.header(r, "ce_type"))
                .isEqualTo("ssj.public.ResultDisclosed"));
    }

    @Test
    void aResultsPageCarriesAValidatorAndIsRevalidatedOnEveryUse() {
        String url = "/api/public/results?uscc=" + F.usccA;
        Map<String, Object> first = client.get().uri(url).exchange((request, response) -> Map.of(
                "status", response.getStatusCode().value(),
                "etag", String.valueOf(response.getHeaders().getETag()),
                "cacheControl", String.valueOf(response.getHeaders().getCacheControl()),
                "body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(first.get("status")).isEqualTo(200);
        String etag = (String) first.get("etag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        // any cache may keep it (the same for every caller), none may serve it without asking: no max-age, no no-store
        assertThat((String) first.get("cacheControl")).contains("no-cache").contains("public")
                .doesNotContain("no-store").doesNotContain("max-age");
        assertThat((String) first.get("body")).contains(F.inspectionA);

        // the caller's copy is current: 304 without a body
        Map<String, Object> again = client.get().uri(url).header("If-None-Match", etag)
                .exchange((request, response) -> Map.of("status", response.getStatusCode().value(),
                        "etag", String.valueOf(response.getHeaders().getETag()),
                        "body", response.getBody().readAllBytes().length));
        assertThat(again).containsEntry("status", 304).containsEntry("etag", etag).containsEntry("body", 0);
        // a copy of other bytes (an earlier version, another page) is not: the whole page
        int stale = client.get().uri(url).header("If-None-Match", "\"0123456789abcdef0123456789abcdef\"")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(stale).isEqualTo(200);
        String otherPage = client.get().uri("/api/public/results?uscc=" + F.usccB)
                .exchange((request, response) -> String.valueOf(response.getHeaders().getETag()));
        assertThat(otherPage).isNotEqualTo(etag);
    }

    @Test
    void entitiesByCreditCodeAndChineseName() {
        assertThat(get("/api/public/entities/" + F.usccA)).containsEntry("name", F.nameA);
        assertThat(ids(get("/api/public/entities?uscc=" + F.usccB), "entityId")).containsExactly(F.entityB);
        // topics outlive a run, so earlier runs' entities may be listed too: assert on this run's
        assertThat(ids(get("/api/public/entities?name=曲阳县&limit=500"), "entityId"))
                .contains(F.entityA, F.entityB).doesNotContain(F.entityC, F.person);
        assertThat(ids(get("/api/public/entities?name=恒达&match=contains&limit=500"), "entityId"))
                .contains(F.entityA, F.entityC).doesNotContain(F.entityB);
        assertThat(ids(get("/api/public/entities?name=" + F.nameA), "entityId")).containsExactly(F.entityA);
        assertThat(ids(get("/api/public/entities?name=恒达"), "entityId")).isEmpty();
        assertThat(ids(get("/api/public/entities?name=王秀英&match=contains"), "entityId")).isEmpty();
    }

    @Test
    void withheldTargetsBecomePublicAfterTheWindowAndGoToTheFeed() {
        Map<String, Object> before = get("/api/public/draws/" + F.secretDraw);
        assertThat(before).containsEntry("targetsWithheld", true).containsEntry("targetsPublicFrom", "2026-04-01")
                .containsEntry("bundleUrl", null);
        assertThat((List<?>) before.get("targets")).isEmpty();
        assertThat(((Map<String, Object>) before.get("execution")).get("seed")).isNotNull();
        assertThat(release.releaseDue()).isZero();

        CLOCK.set(Instant.parse("2026-04-01T01:00:00Z"));
        try {
            assertThat(release.releaseDue()).isEqualTo(1);
            assertThat(release.releaseDue()).isZero();
            Map<String, Object> after = get("/api/public/draws/" + F.secretDraw);
            assertThat(after).containsEntry("targetsWithheld", false);
            assertThat((List<Map<String, Object>>) after.get("targets")).singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("uscc", F.usccC));
            List<ConsumerRecord<String, String>> feed = TopicProbe.readByKey(Topics.PUBLIC_DRAWS, F.secretDraw, 3);
            DrawDisclosed last = (DrawDisclosed) decode(feed.get(feed.size() - 1));
            assertThat(last.draw().targets()).extracting(t -> t.entityId()).containsExactly(F.entityC);
            assertThat(((DrawDisclosed) decode(feed.get(0))).draw().targets()).isEmpty();
        } finally {
            CLOCK.set(Instant.parse("2026-03-10T02:00:00Z"));
        }
    }

    @Test
    void aBundleThatBecomesPublicAfterTheWindowIsAnnouncedOnTheFeedExactlyOnce() {
        assertThat(bundles.announceDue()).as("no bundle is public on the fixture's day").isZero();
        String bundleUrl = "/api/public/open-data/kit/bundles/" + F.draw;

        CLOCK.set(Instant.parse("2026-12-16T01:00:00Z"));
        try {
            release.releaseDue();
            assertThat(bundles.announceDue()).isPositive();
            assertThat(bundles.announceDue()).as("announced already: nothing left").isZero();
            // the marker is stored with the dossier (in the outbox's transaction), not kept in memory
            assertThat(mongo.getCollection("draw_dossiers").find(new org.bson.Document("_id", F.draw)).first()
                    .getBoolean("bundlePending")).isFalse();

            UUID expectedId = UUID.nameUUIDFromBytes((F.draw + ":bundle").getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<DrawDisclosed> feed = TopicProbe.readByKey(Topics.PUBLIC_DRAWS, F.draw, 1).stream()
                        .map(r -> (DrawDisclosed) decode(r)).toList();
                assertThat(feed).filteredOn(e -> e.draw().bundleUrl() != null).singleElement().satisfies(e -> {
                    assertThat(e.eventId()).isEqualTo(expectedId);
                    assertThat(e.draw().bundleUrl()).isEqualTo(bundleUrl);
                    assertThat(e.draw().bundlePublicFrom()).isEqualTo(java.time.LocalDate.parse("2026-12-16"));
                });
                assertThat(feed.get(feed.size() - 1).draw().bundleUrl()).isEqualTo(bundleUrl);
            });
            assertThat(get("/api/public/draws/" + F.draw)).containsEntry("bundleUrl", bundleUrl);
        } finally {
            CLOCK.set(Instant.parse("2026-03-10T02:00:00Z"));
        }
    }

    @Test
    void everyPublicTopicCarriesItsTypesWithCloudEventsHeadersAndUnlimitedRetention() throws Exception {
        List<ConsumerRecord<String, String>> plans = TopicProbe.readByKey(Topics.PUBLIC_PLANS, F.annualPlan, 2);
        assertThat(plans).allSatisfy(r -> {
            assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("ssj.public.PlanDisclosed");
            assertThat(TopicProbe.header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(r, "ce_source")).isEqualTo("/ssj/disclosure-service");
        });
        assertThat(((PlanDisclosed) decode(plans.get(1))).plan().version()).isEqualTo(2);
        ConsumerRecord<String, String> item = TopicProbe.readOne(Topics.PUBLIC_ITEMS, F.item + ":1");
        assertThat(TopicProbe.header(item, "ce_type")).isEqualTo("ssj.public.ItemDisclosed");
        assertThat(((ItemDisclosed) decode(item)).item().checkProject()).isEqualTo("企业公示信息检查");
        // 检查人员要求 and 备注 of the item list on the feed, in the view and in open data (below)
        assertThat(((ItemDisclosed) decode(item)).item().inspectorRequirements()).isEqualTo("具有行政执法资格的检查人员 2 名以上");
        assertThat(((ItemDisclosed) decode(item)).item().remarks()).isEqualTo("年报公示期结束后开展");
        assertThat(client.get().uri("/api/public/items/{id}", F.item).retrieve().body(String.class))
                .contains("\"inspectorRequirements\":\"具有行政执法资格的检查人员 2 名以上\"")
                .contains("\"remarks\":\"年报公示期结束后开展\"");
        // the commitment first, the abandonment last (read until it is there: one poll may return only part)
        List<ConsumerRecord<String, String>> drawFeed = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            drawFeed.clear();
            drawFeed.addAll(TopicProbe.readByKey(Topics.PUBLIC_DRAWS, F.abandonedDraw, 2));
            assertThat(drawFeed).extracting(r -> ((DrawDisclosed) decode(r)).draw().status())
                    .startsWith("COMMITTED").endsWith("ABANDONED");
        });
        ConsumerRecord<String, String> draw = drawFeed.get(drawFeed.size() - 1);
        assertThat(drawFeed).allSatisfy(r -> assertThat(TopicProbe.header(r, "ce_type"))
                .isEqualTo("ssj.public.DrawDisclosed"));
        // what the feed carries is exactly what the API shows
        assertThat(draw.value()).contains("\"reason\":\"信标轮次未产生，重新承诺\"");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap()))) {
            for (String topic : List.of(Topics.PUBLIC_ITEMS, Topics.PUBLIC_PLANS, Topics.PUBLIC_DRAWS,
                    Topics.PUBLIC_RESULTS, Topics.PUBLIC_CORRECTIONS)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                            .get(resource);
                    assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
                });
            }
        }
    }

    @Test
    void openDataReleaseHasAManifestWithCountsAndDigestsSignedWithThePublishedKey() throws Exception {
        OpenDataRelease release = openData.exportNow();
        assertThat(release.day()).isEqualTo(java.time.LocalDate.parse("2026-03-10"));
        assertThat(client.get().uri("/api/public/open-data").retrieve().body(List.class)).contains("2026-03-10");
        byte[] manifestBytes = download("/api/public/open-data/2026-03-10/manifest.json");
        String signature = new String(download("/api/public/open-data/2026-03-10/manifest.json.sig"),
                StandardCharsets.US_ASCII).strip();
        String pem = client.get().uri("/api/public/open-data/public-key.pem").retrieve().body(String.class);
        java.security.PublicKey key = java.security.KeyFactory.getInstance("Ed25519").generatePublic(
                new java.security.spec.X509EncodedKeySpec(java.util.Base64.getMimeDecoder()
                        .decode(pem.replaceAll("-----[A-Z ]+-----", "").strip())));
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(manifestBytes);
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(signature))).as("manifest signature").isTrue();
        verifier.initVerify(key);
        manifestBytes[manifestBytes.length / 2] ^= 1;
        verifier.update(manifestBytes);
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(signature))).as("tampered manifest").isFalse();
        manifestBytes[manifestBytes.length / 2] ^= 1;

        Map<String, Object> manifest = new tools.jackson.databind.json.JsonMapper().readValue(manifestBytes, Map.class);
        List<Map<String, Object>> files = (List<Map<String, Object>>) manifest.get("files");
        assertThat(files).extracting(f -> f.get("name")).contains("plans.jsonl", "plans.csv", "draws.jsonl",
                "results.jsonl", "results.csv", "items.jsonl", "departments.csv");
        for (Map<String, Object> file : files) {
            byte[] content = download("/api/public/open-data/2026-03-10/" + file.get("name"));
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content))).as("sha256 of " + file.get("name")).isEqualTo(file.get("sha256"));
            String text = new String(content, StandardCharsets.UTF_8);
            long lines = text.isEmpty() ? 0 : text.split("\n").length;
            long records = ((Number) file.get("records")).longValue();
            assertThat(lines).as("lines of " + file.get("name"))
                    .isEqualTo(file.get("name").toString().endsWith(".csv") && records > 0 ? records + 1 : records);
            PrivacyScan.assertClean((String) file.get("name"), text, F.secrets());
        }
        String itemsCsv = new String(download("/api/public/open-data/2026-03-10/items.csv"), StandardCharsets.UTF_8);
        assertThat(itemsCsv.lines().findFirst().orElseThrow()).contains("inspectorRequirements").contains("remarks");
        assertThat(itemsCsv).contains("具有行政执法资格的检查人员 2 名以上").contains("年报公示期结束后开展");
        assertThat(new String(download("/api/public/open-data/2026-03-10/items.jsonl"), StandardCharsets.UTF_8))
                .contains("\"remarks\":\"年报公示期结束后开展\"");
        String plans = new String(download("/api/public/open-data/2026-03-10/plans.jsonl"), StandardCharsets.UTF_8);
        assertThat(plans).contains(F.annualPlan).doesNotContain(F.draftPlan);
        Map<String, Object> kit = (Map<String, Object>) manifest.get("verificationKit");
        assertThat((Map<String, Object>) kit.get("verifier")).containsEntry("sha256", sha256(JAR))
                .containsEntry("url", "/api/public/open-data/kit/ssj-verifier.jar");
        // no bundle of this run is public yet (inspection windows not over)
        assertThat((List<Map<String, Object>>) kit.get("bundles")).extracting(b -> b.get("drawId"))
                .doesNotContain(F.draw, F.secretDraw);
        assertProblem("/api/public/open-data/2026-03-10/open-data-ed25519.pem", 400, "OPEN_DATA_FILE_INVALID");
        assertProblem("/api/public/open-data/2026-02-30/plans.csv", 400, "DATE_INVALID");
        assertProblem("/api/public/open-data/2020-01-01/plans.csv", 404, "OPEN_DATA_NOT_FOUND");
        int anonymous = client.post().uri("/api/disclosure/open-data/exports")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(anonymous).isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fairnessStatisticsCountEntitiesPerStratumAndRegionWithoutWithheldTargets() {
        Map<String, Object> fairness = get("/api/public/statistics/fairness?year=2026");
        List<Map<String, Object>> cells = (List<Map<String, Object>>) fairness.get("cells");
        // topics outlive runs, so earlier runs' entities are counted too: check the arithmetic, not exact counts
        // the fixture's draw selected targets in strata B and C of 130634; other tests' entities may add cells
        for (String stratum : List.of("B", "C")) {
            assertThat(cells).anySatisfy(c -> {
                assertThat(c).containsEntry("stratum", stratum).containsEntry("regionCode", "130634");
                assertThat(((Number) c.get("inspectedOnce")).longValue()).isPositive();
            });
        }
        assertThat(cells).allSatisfy(c -> {
            assertThat(((Number) c.get("population")).longValue()).isEqualTo(
                    ((Number) c.get("inspectedNever")).longValue() + ((Number) c.get("inspectedOnce")).longValue()
                            + ((Number) c.get("inspectedTwice")).longValue() + ((Number) c.get("inspectedMore")).longValue());
        });
        assertThat((List<?>) fairness.get("checks")).isNotEmpty();
        // this run's draw, withheld draw and committed draw report 2 each; the abandoned one does not count
        Map<String, Object> pairings = (Map<String, Object>) fairness.get("repeatPairings");
        assertThat(((Number) pairings.get("avoided")).longValue()).isGreaterThanOrEqualTo(6);
        assertThat(((Number) pairings.get("drawsReporting")).longValue()).isGreaterThanOrEqualTo(3)
                .isLessThanOrEqualTo(((Number) pairings.get("drawsTotal")).longValue());
        assertProblem("/api/public/statistics/fairness?year=1999", 400, "REQUEST_VALIDATION_FAILED");
    }

    @Test
    void drawLogCheckpointsAreKeptOncePerSizeAndServedAsPublished() {
        // the broker's ssj.draw.log.v1 may also hold real checkpoints of draw-service test runs: sizes far above
        // theirs, growing with time, keep this run's the latest
        String origin = "shuangsuiji.cn/draw-log";
        long small = 1_000_000_000_000_000L + System.currentTimeMillis() * 10;
        long large = small + 4;
        String first = note(origin, small, "AAAA");
        String second = note(origin, large, "BBBB");
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        send(new cn.shuangsuiji.contracts.draw.DrawLogCheckpointed(UUID.randomUUID(), at, origin, small,
                "aa".repeat(32), first, at));
        send(new cn.shuangsuiji.contracts.draw.DrawLogCheckpointed(UUID.randomUUID(), at, origin, large,
                "bb".repeat(32), second, at));
        // a second root for the smaller size (a fork) does not replace the one kept
        send(new cn.shuangsuiji.contracts.draw.DrawLogCheckpointed(UUID.randomUUID(), at, origin, small,
                "cc".repeat(32), note(origin, small, "CCCC"), at));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(text("/api/public/draw-log/checkpoints")).isEqualTo(second));
        assertThat(text("/api/public/draw-log/checkpoints/" + large)).isEqualTo(second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text("/api/public/draw-log/checkpoints/" + small)).isEqualTo(first));
        assertProblem("/api/public/draw-log/checkpoints/" + (small + 1), 404, "DRAW_LOG_CHECKPOINT_NOT_FOUND");
    }

    @Test
    void theVerificationKitServesTheVerifierJarAndEachBundleOnceTheInspectionIsOver() throws Exception {
        Map<String, Object> kit = get("/api/public/open-data/kit");
        assertThat((Map<String, Object>) kit.get("verifier")).containsEntry("file", "ssj-verifier.jar")
                .containsEntry("sha256", sha256(JAR)).containsEntry("size", JAR.length);
        assertThat(download("/api/public/open-data/kit/ssj-verifier.jar")).isEqualTo(JAR);
        assertThat((List<Map<String, Object>>) kit.get("bundles")).extracting(b -> b.get("drawId"))
                .doesNotContain(F.draw);
        assertProblem("/api/public/open-data/kit/bundles/" + F.draw, 404, "DRAW_BUNDLE_NOT_PUBLIC");
        assertProblem("/api/public/open-data/kit/bundles/draw-unknown", 404, "DRAW_NOT_FOUND");
        assertThat(DRAW_SERVICE.bundleRequests()).isZero();

        CLOCK.set(Instant.parse("2026-12-16T01:00:00Z"));
        try {
            assertThat(get("/api/public/draws/" + F.draw))
                    .containsEntry("bundleUrl", "/api/public/open-data/kit/bundles/" + F.draw);
            assertThat((List<Map<String, Object>>) get("/api/public/open-data/kit").get("bundles"))
                    .extracting(b -> b.get("drawId")).contains(F.draw, F.secretDraw).doesNotContain(F.committedDraw,
                            F.abandonedDraw);
            byte[] bundle = download("/api/public/open-data/kit/bundles/" + F.draw);
            assertThat(bundle).isEqualTo(DRAW_SERVICE.bundleOf(F.draw));
            // fetched once from draw-service's HTTP API with the service token, then served from the kit's copy
            assertThat(download("/api/public/open-data/kit/bundles/" + F.draw)).isEqualTo(bundle);
            assertThat(DRAW_SERVICE.bundleRequests()).isEqualTo(1);
            assertThat(DRAW_SERVICE.lastAuthorization()).isEqualTo("Bearer " + StubDrawService.TOKEN);
            // never executed: no bundle, whatever the day
            assertProblem("/api/public/open-data/kit/bundles/" + F.committedDraw, 404, "DRAW_BUNDLE_NOT_PUBLIC");
            // draw-service has none / cannot answer now
            assertProblem("/api/public/open-data/kit/bundles/" + F.secretDraw, 404, "DRAW_BUNDLE_NOT_FOUND");
            DRAW_SERVICE.failing(true);
            try {
                assertProblem("/api/public/open-data/kit/bundles/" + F.secretDraw, 503, "DRAW_BUNDLE_UNAVAILABLE");
            } finally {
                DRAW_SERVICE.failing(false);
            }
            // the day's signed release names the kit: the jar's digest and this bundle
            openData.exportNow();
            Map<String, Object> manifest = new tools.jackson.databind.json.JsonMapper().readValue(
                    download("/api/public/open-data/2026-12-16/manifest.json"), Map.class);
            Map<String, Object> inManifest = (Map<String, Object>) manifest.get("verificationKit");
            assertThat((Map<String, Object>) inManifest.get("verifier")).containsEntry("sha256", sha256(JAR));
            assertThat((List<Map<String, Object>>) inManifest.get("bundles")).extracting(b -> b.get("url"))
                    .contains("/api/public/open-data/kit/bundles/" + F.draw);
        } finally {
            CLOCK.set(Instant.parse("2026-03-10T02:00:00Z"));
        }
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String note(String origin, long size, String root) {
        return origin + "\n" + size + "\n" + root + "=\ntime 1773108000\n\n— " + origin + " c2ln\n";
    }

    private String text(String url) {
        return client.get().uri(url).retrieve().body(String.class);
    }

    @Test
    void theAsyncApiDocumentIsPublic() {
        Map<String, Object> doc = get("/api/public/asyncapi");
        assertThat(doc).containsEntry("asyncapi", "3.0.0");
    }

    /** The body's bytes; an empty file (a kind with no record yet) comes back as no body at all. */
    private byte[] download(String url) {
        byte[] body = client.get().uri(url).retrieve().body(byte[].class);
        return body == null ? new byte[0] : body;
    }

    @Test
    void noPublicResponseContainsPersonalData() {
        Map<String, Object> openApi = client.get().uri("/v3/api-docs").retrieve().body(Map.class);
        List<String> paths = ((Map<String, Object>) openApi.get("paths")).keySet().stream()
                .filter(p -> p.startsWith("/api/public")).toList();
        assertThat(paths).contains("/api/public/plans", "/api/public/draws/{drawId}", "/api/public/entities");
        Map<String, String> values = Map.of("{id}", F.amr, "{itemId}", F.item, "{planId}", F.annualPlan,
                "{drawId}", F.draw, "{uscc}", F.usccA, "{resultId}", F.inspectionA + ":" + F.amr,
                "{day}/{name}", "2026-03-10/results.jsonl", "{size}", "7");
        // (the kit's bundle path takes {drawId} too: before its date it answers a problem, scanned as well)
        openData.exportNow();
        List<String> urls = new ArrayList<>();
        for (String path : paths) {
            String url = path;
            for (Map.Entry<String, String> v : values.entrySet()) {
                url = url.replace(v.getKey(), v.getValue());
            }
            assertThat(url).as("every path variable of " + path + " has a fixture value").doesNotContain("{");
            urls.add(url);
        }
        for (String draw : List.of(F.abandonedDraw, F.secretDraw, F.committedDraw)) {
            urls.add("/api/public/draws/" + draw);
        }
        for (String plan : List.of(F.jointPlan, F.withdrawnPlan)) {
            urls.add("/api/public/plans/" + plan);
        }
        urls.add("/api/public/entities?name=曲阳&match=contains");
        urls.add("/api/public/statistics/fairness?year=2026");
        urls.add("/api/public/draws?departmentId=" + F.amr);
        urls.add("/api/public/plans?departmentId=" + F.amr);
        urls.add("/api/public/items?departmentId=" + F.amr);
        urls.add("/api/public/entities?uscc=" + F.usccB);
        urls.add("/api/public/results/" + F.inspectionPerson + ":" + F.amr);
        urls.add("/api/public/results?departmentId=" + F.amr);
        int scanned = 0;
        for (String url : urls) {
            String body = client.get().uri(url).exchange((request, response) ->
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
            PrivacyScan.assertClean(url, body, F.secrets());
            scanned++;
        }
        assertThat(scanned).isGreaterThanOrEqualTo(paths.size());
    }

    private IntegrationEvent decode(ConsumerRecord<String, String> record) {
        return codec.decode(TopicProbe.header(record, "ce_type"), record.value());
    }

    private static List<String> ids(Map<String, Object> page, String key) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> (String) m.get(key)).toList();
    }

    private Map<String, Object> get(String url) {
        return client.get().uri(url).retrieve().body(Map.class);
    }

    private int status(String url) {
        return client.get().uri(url).exchange((request, response) -> response.getStatusCode().value());
    }

    private void assertProblem(String url, int status, String code) {
        Map<String, Object> r = client.get().uri(url).exchange((request, response) -> Map.of(
                "status", response.getStatusCode().value(),
                "type", String.valueOf(response.getHeaders().getContentType()),
                "body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(r.get("status")).as(url).isEqualTo(status);
        assertThat((String) r.get("type")).as(url).startsWith("application/problem+json");
        assertThat((String) r.get("body")).as(url).contains("\"code\":\"" + code + "\"");
    }

    private void send(IntegrationEvent event) {
        TopicProbe.send(event.topic(), event.aggregateId(), codec.encode(event),
                Map.of("ce_type", event.eventType(), "ce_id", event.eventId().toString()));
    }
}
