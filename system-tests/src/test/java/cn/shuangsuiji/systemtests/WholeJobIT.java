package cn.shuangsuiji.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole job end to end (issue 14 item 1), every call through the gateway with real tokens of each role from the
 * real identity provider, against real processes of every service on real MongoDB and Kafka:
 * registries (300 entities imported, inspectors) and items → an annual and a joint plan approved and published →
 * snapshots confirmed → both draws committed with a witness, executed on a (DEMO) beacon round and their bundles
 * verified with the verifier jar → inspection records → results recorded by each department (a refusal to sign with
 * a follow-up, an unreachable entity, a correction signed off by a head, plain results) → every result visible by
 * USCC on the public API, in the open-data export and on the public topic, exactly once. Then the walkthrough
 * (docs/walkthrough.md) runs as written against the same platform.
 */
@RequiresRealInfra
@RequiresIdentity
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeJobIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int ENTITIES_PER_DEPARTMENT = 100;
    private static final int INSPECTORS_PER_DEPARTMENT = 4;
    private static final int ANNUAL_SAMPLE = 10;
    private static final int JOINT_SAMPLE = 8;
    private static final long GENESIS = 1692803367L;
    private static final long PERIOD = 3;

    private static final String AMR = "st-amr-" + RUN;
    private static final String PSB = "st-psb-" + RUN;
    private static final String CULT = "st-cult-" + RUN;
    private static final List<String> DEPARTMENTS = List.of(AMR, PSB, CULT);

    private static PlatformProcesses platform;
    private static GatewayClient gw;
    private static Map<TopicPartition, Long> publicResultsStart;
    private static Instant started;

    @BeforeAll
    static void startThePlatform() throws Exception {
        started = Instant.now();
        publicResultsStart = TopicReader.endOffsets(Topics.PUBLIC_RESULTS);
        platform = PlatformProcesses.start(RUN);
        gw = platform.gateway();
        System.out.printf("[system-test] platform of %d processes up in %d s (load average %.1f)%n",
                PlatformProcesses.SERVICES.size() + 1, Duration.between(started, Instant.now()).toSeconds(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
        System.out.printf("[system-test] whole run %d s%n", Duration.between(started, Instant.now()).toSeconds());
    }

    // ------------------------------------------------------------------ tokens: one person per role

    private static String admin() {
        String secret = System.getenv().getOrDefault("IT_TEST_ADMIN_SECRET", Identity.DEMO_TEST_ADMIN_SECRET);
        return Identity.clientToken(Identity.TEST_ADMIN_CLIENT, secret);
    }

    private static String as(String role, String department) {
        return Identity.tokenFor(role, department);
    }

    private static String inspector(String department, String inspectorId) {
        return Identity.tokenFor("INSPECTOR", department, inspectorId);
    }

    // ------------------------------------------------------------------ the job

    @Test
    @Order(1)
    void theWholeJobReachesThePublicRecordExactlyOnce() throws Exception {
        Instant t0 = Instant.now();
        int year = LocalDate.now(CHINA).getYear();
        String today = LocalDate.now(CHINA).toString();

        // 1. departments (platform admin) and registries (each department's clerk): 一单两库
        for (String[] d : List.of(new String[] {AMR, "系统测试市场监督管理局", "MARKET_REGULATION"},
                new String[] {PSB, "系统测试公安局", "PUBLIC_SECURITY"},
                new String[] {CULT, "系统测试文化广电和旅游局", "CULTURE_TOURISM"})) {
            gw.post("/api/registry/departments", admin(), """
                    {"id":"%s","name":"%s","type":"%s","level":"COUNTY","regionCode":"130634"}
                    """.formatted(d[0], d[1] + RUN, d[2]));
        }
        Map<String, List<String>> usccs = new HashMap<>();
        Map<String, String> imports = new HashMap<>();
        for (int k = 0; k < DEPARTMENTS.size(); k++) {
            String department = DEPARTMENTS.get(k);
            usccs.put(department, new ArrayList<>());
            imports.put(department, importEntities(department, k, usccs.get(department)));
        }
        Map<String, List<String>> inspectors = new HashMap<>();
        Map<String, String> items = new HashMap<>();
        for (String department : DEPARTMENTS) {
            String clerk = as("REGISTRY_CLERK", department);
            List<String> ids = new ArrayList<>();
            for (int n = 1; n <= INSPECTORS_PER_DEPARTMENT; n++) {
                ids.add(gw.post("/api/registry/inspectors", clerk, """
                        {"departmentId":"%s","name":"测试执法员%d","position":"科员","certificateNumber":"ST-%s-%d",
                         "certificateValidFrom":"2024-01-01","certificateValidUntil":"2030-12-31","post":"执法大队",
                         "regionCode":"130634","categories":["综合"],"tags":[]}
                        """.formatted(department, n, department, n)).path("id").asString());
            }
            inspectors.put(department, ids);
            String item = "st-item-" + department;
            var drafted = gw.send("POST", "/api/registry/items", clerk, """
                    {"id":"%s","departmentId":"%s","content":{"checkProject":"系统测试检查项目","subItems":[
                     {"name":"登记事项"},{"name":"公示信息"}],"content":"采取实地核查方式检查登记事项和公示信息。",
                     "legalBasis":"《企业信息公示暂行条例》","method":"ON_SITE","objectType":"ENTERPRISE",
                     "category":"GENERAL","defaultRatio":0.05,"defaultFrequency":1}}
                    """.formatted(item, department), Map.of());
            drafted.ok();
            gw.send("POST", "/api/registry/items/" + item + "/versions/1/publish", clerk, null,
                    Map.of("If-Match", drafted.etag())).ok();
            items.put(department, item);
        }
        for (String department : DEPARTMENTS) {
            JsonNode job = gw.awaitGet("/api/registry/imports/" + imports.get(department),
                    as("REGISTRY_CLERK", department), j -> !j.path("state").asString().equals("RUNNING")
                            && !j.path("state").asString().equals("QUEUED"));
            assertThat(job.path("state").asString()).as("import of " + department).isEqualTo("COMPLETED");
            assertThat(job.path("created").asInt()).isEqualTo(ENTITIES_PER_DEPARTMENT);
        }

        // 2. snapshots (两库更新确认), by each department's clerk
        Map<String, String> entitySnapshots = new HashMap<>();
        Map<String, String> inspectorSnapshots = new HashMap<>();
        for (String department : DEPARTMENTS) {
            String clerk = as("REGISTRY_CLERK", department);
            entitySnapshots.put(department, gw.post("/api/registry/snapshots", clerk,
                    "{\"kind\":\"ENTITIES\",\"departmentIds\":[\"" + department + "\"]}").path("id").asString());
            inspectorSnapshots.put(department, gw.post("/api/registry/snapshots", clerk,
                    "{\"kind\":\"INSPECTORS\",\"departmentIds\":[\"" + department + "\"]}").path("id").asString());
        }

        // 3. an annual plan of AMR and a joint plan of AMR with PSB and CULT: drafted, submitted, approved, published
        String annual = "st-" + RUN + "-annual";
        String joint = "st-" + RUN + "-joint";
        String window = "\"windowStart\":\"%s\",\"windowEnd\":\"%d-12-31\",\"frequency\":1,\"level\":\"COUNTY\""
                .formatted(today, year);
        String planner = as("PLANNER", AMR);
        gw.awaitPost("/api/planning/plans", planner, """
                {"id":"%s","kind":"ANNUAL","year":%d,"title":"系统测试年度抽查计划 %s","tasks":[{"taskId":"t1",
                 "name":"系统测试年度任务","items":[{"itemId":"%s","version":1,"departmentId":"%s"}],
                 "sampleSizes":[{"count":%d}],%s}]}
                """.formatted(annual, year, RUN, items.get(AMR), AMR, ANNUAL_SAMPLE, window));
        gw.awaitPost("/api/planning/plans", planner, """
                {"id":"%s","kind":"JOINT","year":%d,"title":"系统测试联合抽查计划 %s","participatingDepartmentIds":["%s","%s"],
                 "tasks":[{"taskId":"joint-1","name":"系统测试联合任务","items":[
                  {"itemId":"%s","version":1,"departmentId":"%s"},{"itemId":"%s","version":1,"departmentId":"%s"},
                  {"itemId":"%s","version":1,"departmentId":"%s"}],"sampleSizes":[{"count":%d}],%s}]}
                """.formatted(joint, year, RUN, PSB, CULT, items.get(AMR), AMR, items.get(PSB), PSB, items.get(CULT),
                CULT, JOINT_SAMPLE, window));
        for (String plan : List.of(annual, joint)) {
            gw.post("/api/planning/plans/" + plan + "/submit", planner, null);
            gw.post("/api/planning/plans/" + plan + "/approve", as("DEPARTMENT_HEAD", AMR), null);
            assertThat(gw.post("/api/planning/plans/" + plan + "/publish", as("DEPARTMENT_HEAD", AMR), null)
                    .path("status").asString()).isEqualTo("PUBLISHED");
        }

        // 4. both draws: committed with a witness before the round is known, revealed, executed, bundles verified
        String operator = as("DRAW_OPERATOR", AMR);
        String witness = as("WITNESS", AMR);
        for (String plan : List.of(annual, joint)) {
            gw.awaitGet("/api/draws/plans/" + plan, operator, p -> true);
        }
        for (String department : DEPARTMENTS) {
            awaitSnapshotKnown("ENTITIES", department, entitySnapshots.get(department), operator);
            awaitSnapshotKnown("INSPECTORS", department, inspectorSnapshots.get(department), operator);
        }
        long round = (Instant.now().getEpochSecond() + 12 - GENESIS) / PERIOD + 1;
        long roundTime = GENESIS + (round - 1) * PERIOD;
        String witnessId = GatewayClient.claims(witness).path("sub").asString();
        Map<String, String> secrets = new LinkedHashMap<>();
        Map<String, String> draws = new LinkedHashMap<>();
        for (String plan : List.of(annual, joint)) {
            boolean isJoint = plan.equals(joint);
            List<String> departments = isJoint ? DEPARTMENTS : List.of(AMR);
            String secret = UUID.randomUUID().toString().replace("-", "");
            JsonNode draw = gw.post("/api/draws", operator, """
                    {"planId":"%s","taskId":"%s","beaconNetwork":"ssj-demo","beaconRound":%d,
                     "targetSnapshotIds":%s,"inspectorSnapshotIds":%s,
                     "witnessCommitments":[{"witness":"%s","commitment":"%s"}]}
                    """.formatted(plan, isJoint ? "joint-1" : "t1", round,
                    jsonArray(departments.stream().map(entitySnapshots::get).toList()),
                    jsonArray(departments.stream().map(inspectorSnapshots::get).toList()), witnessId, sha256(secret)));
            assertThat(draw.path("state").asString()).isEqualTo("COMMITTED");
            draws.put(plan, draw.path("id").asString());
            secrets.put(plan, secret);
        }
        for (String plan : draws.keySet()) {
            gw.post("/api/draws/" + draws.get(plan) + "/reveals", witness,
                    "{\"reveal\":\"" + secrets.get(plan) + "\"}");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().getEpochSecond() >= roundTime);
        String signature = gw.getOk("/api/draws/demo-beacon/" + round, operator).path("signature").asString();
        Map<String, JsonNode> executed = new LinkedHashMap<>();
        for (String plan : draws.keySet()) {
            JsonNode result = gw.post("/api/draws/" + draws.get(plan) + "/execute", operator,
                    "{\"round\":%d,\"signature\":\"%s\"}".formatted(round, signature));
            assertThat(result.path("state").asString()).as("draw of " + plan).isEqualTo("EXECUTED");
            assertThat(result.path("targets").size()).isEqualTo(plan.equals(joint) ? JOINT_SAMPLE : ANNUAL_SAMPLE);
            executed.put(plan, result);
            verifyBundle(draws.get(plan), operator);
        }

        // 5. inspection records, one per drawn entity; results by each department's drawn inspectors
        List<JsonNode> annualRecords = records(draws.get(annual), executed.get(annual));
        List<JsonNode> jointRecords = records(draws.get(joint), executed.get(joint));
        Map<String, Expected> expected = new LinkedHashMap<>();
        // a. 责令改正 with a refusal to sign, then a rectification deadline and a re-check (follow-up)
        JsonNode a = annualRecords.get(0);
        String inspectorA = teamInspector(a, AMR);
        checked(a, AMR, inspectorA);
        writePart(a, AMR, inspectorA, "PUT", "/draft", resultForm(a, AMR, "PROBLEM_FOUND_CORRECTION_ORDERED",
                "[{\"kind\":\"ORDER_CORRECTION\",\"note\":\"责令十个工作日内改正\"}]",
                "{\"kind\":\"REFUSED\",\"explanation\":\"经营者拒绝在检查记录上签字，已现场录像并由两名执法人员注明\",\"witness\":\"\"}"));
        writePart(a, AMR, inspectorA, "POST", "/submit", "{}");
        writePart(a, AMR, inspectorA, "POST", "/follow-ups", """
                {"kind":"RECTIFICATION_ORDERED","date":"%s","dueDate":"%s"}
                """.formatted(today, LocalDate.now(CHINA).plusDays(14)));
        writePart(a, AMR, inspectorA, "POST", "/follow-ups", """
                {"kind":"RECHECKED","date":"%s","outcome":"RECTIFIED","note":"复查已改正"}
                """.formatted(today));
        expected.put(resultId(a, AMR), new Expected(a, AMR, "PROBLEM_FOUND_CORRECTION_ORDERED", 1, false, 2));
        // b. unreachable at the registered address, with a photo as evidence
        JsonNode b = annualRecords.get(1);
        String inspectorB = teamInspector(b, AMR);
        String photo = uploadPhoto(b, inspectorB);
        writePart(b, AMR, inspectorB, "POST", "/unreachable", """
                {"date":"%s","evidence":["%s"],"explanation":"登记住所已空置，电话无人接听"}
                """.formatted(today, photo));
        expected.put(resultId(b, AMR), new Expected(b, AMR, null, 1, false, 0));
        // c. 未发现问题, submitted, corrected: proposed by the inspector, signed off by the department head
        JsonNode c = annualRecords.get(2);
        String inspectorC = teamInspector(c, AMR);
        checked(c, AMR, inspectorC);
        writePart(c, AMR, inspectorC, "PUT", "/draft", resultForm(c, AMR, "NO_PROBLEM_FOUND", "[]", "{\"kind\":\"SIGNED\"}"));
        writePart(c, AMR, inspectorC, "POST", "/submit", "{}");
        writePart(c, AMR, inspectorC, "POST", "/corrections", "{\"form\":%s,\"reason\":\"复核发现录入时选错结果类别\"}"
                .formatted(resultForm(c, AMR, "PROBLEM_FOUND_FOLLOW_UP_PENDING", "[]", "{\"kind\":\"SIGNED\"}")));
        writePart(c, AMR, as("DEPARTMENT_HEAD", AMR), "POST", "/corrections/sign-off", "{}");
        expected.put(resultId(c, AMR), new Expected(c, AMR, "PROBLEM_FOUND_FOLLOW_UP_PENDING", 2, true, 0));
        // the rest of the annual draw and every part of the joint records: plain results, by each department
        for (JsonNode record : annualRecords.subList(3, annualRecords.size())) {
            plainResult(record, AMR, expected);
        }
        for (JsonNode record : jointRecords) {
            for (String department : DEPARTMENTS) {
                plainResult(record, department, expected);
            }
        }
        System.out.printf("[system-test] %d results recorded by %d departments in %d s since the start of the job%n",
                expected.size(), DEPARTMENTS.size(), Duration.between(t0, Instant.now()).toSeconds());

        // 6. the public record: by USCC on the public API (anonymous, through the gateway), exactly once each
        Map<String, JsonNode> published = new HashMap<>();
        for (String plan : List.of(annual, joint)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Map<String, JsonNode> seen = publicResultsOfPlan(plan);
                for (Expected e : expected.values()) {
                    if (e.record().path("planId").asString().equals(plan)) {
                        assertThat(seen).containsKey(e.resultId());
                        assertThat(seen.get(e.resultId()).path("version").asInt()).isEqualTo(e.version());
                        assertThat(seen.get(e.resultId()).path("followUps").size()).isEqualTo(e.followUps());
                    }
                }
                published.putAll(seen);
            });
        }
        Set<String> usccsDrawn = expected.values().stream().map(e -> e.record().path("uscc").asString())
                .collect(Collectors.toSet());
        for (String uscc : usccsDrawn) {
            JsonNode page = gw.getOk("/api/public/results?uscc=" + uscc + "&limit=100", null);
            List<String> ids = new ArrayList<>();
            page.path("items").forEach(r -> ids.add(r.path("resultId").asString()));
            List<String> want = expected.values().stream().filter(e -> e.record().path("uscc").asString().equals(uscc))
                    .map(Expected::resultId).sorted().toList();
            assertThat(ids).as("results of " + uscc).containsExactlyInAnyOrderElementsOf(want);
        }
        for (Expected e : expected.values()) {
            JsonNode r = published.get(e.resultId());
            assertThat(r.path("departmentId").asString()).isEqualTo(e.department());
            assertThat(r.path("uscc").asString()).isEqualTo(e.record().path("uscc").asString());
            assertThat(r.path("corrected").asBoolean()).isEqualTo(e.corrected());
            if (e.category() != null) {
                assertThat(r.path("category").asString()).as(e.resultId()).isEqualTo(e.category());
            }
        }
        assertThat(published.get(resultId(c, AMR)).path("corrections").size()).isEqualTo(1);
        assertThat(published.toString()).doesNotContain("联系电话").doesNotContain("idNumber");

        // 7. the open-data export: every result exactly once, as the public API shows it
        JsonNode release = gw.post("/api/disclosure/open-data/exports", admin(), null);
        Map<String, Integer> inOpenData = new HashMap<>();
        Map<String, Integer> versionInOpenData = new HashMap<>();
        String day = release.path("day").asString();
        if (day.isEmpty()) {
            day = gw.getOk("/api/public/open-data", null).get(0).asString();
        }
        JsonNode manifest = gw.getOk("/api/public/open-data/" + day + "/manifest.json", null);
        String resultsFile = null;
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asString();
            if (name.startsWith("results") && name.endsWith(".jsonl")) {
                resultsFile = name;
            }
        }
        assertThat(resultsFile).as("results dataset in " + manifest).isNotNull();
        String lines = gw.get("/api/public/open-data/" + day + "/" + resultsFile, null).body();
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode row = GatewayClient.JSON.readTree(line);
                String id = row.path("resultId").asString();
                inOpenData.merge(id, 1, Integer::sum);
                versionInOpenData.put(id, row.path("version").asInt());
            }
        }
        for (Expected e : expected.values()) {
            assertThat(inOpenData.get(e.resultId())).as("open data rows of " + e.resultId()).isEqualTo(1);
            assertThat(versionInOpenData.get(e.resultId())).isEqualTo(e.version());
        }

        // 8. the public topic: every result; no event twice; no state announced twice; the last state is the public one
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TopicReader.readFrom(Topics.PUBLIC_RESULTS, publicResultsStart);
            Map<String, List<JsonNode>> byResult = new HashMap<>();
            Set<String> eventIds = new HashSet<>();
            for (ConsumerRecord<String, String> event : events) {
                JsonNode body = GatewayClient.JSON.readTree(event.value());
                JsonNode result = body.path("result");
                if (expected.containsKey(result.path("resultId").asString())) {
                    assertThat(eventIds.add(body.path("eventId").asString())).as("event delivered once: " + body).isTrue();
                    byResult.computeIfAbsent(result.path("resultId").asString(), k -> new ArrayList<>()).add(result);
                }
            }
            for (Expected e : expected.values()) {
                List<JsonNode> states = byResult.get(e.resultId());
                assertThat(states).as("public events of " + e.resultId()).isNotNull();
                assertThat(states.stream().map(JsonNode::toString).distinct().count())
                        .as("each state of " + e.resultId() + " announced once").isEqualTo(states.size());
                JsonNode last = states.get(states.size() - 1);
                assertThat(last.path("version").asInt()).isEqualTo(e.version());
                assertThat(last.path("followUps").size()).isEqualTo(e.followUps());
                assertThat(last).isEqualTo(published.get(e.resultId()));
            }
        });
        System.out.printf("[system-test] %d results public (API by USCC, open data, topic) — job took %d s%n",
                expected.size(), Duration.between(t0, Instant.now()).toSeconds());
    }

    @Test
    @Order(2)
    void theWalkthroughRunsAsWritten() throws Exception {
        // the walkthrough acts as the demo users of qy-amr (identity provider with demo users, as deploy/test.sh runs it)
        gw.send("POST", "/api/registry/departments", admin(), """
                {"id":"qy-amr","name":"曲阳县市场监督管理局","type":"MARKET_REGULATION","level":"COUNTY","regionCode":"130634"}
                """, Map.of());
        WalkthroughRunner.Outcome outcome = WalkthroughRunner.run(Path.of(System.getProperty("ssj.repo.root", "..")),
                gw.baseUrl(), Identity.issuer(), Path.of("target", "walkthrough-" + RUN));
        System.out.printf("[system-test] walkthrough: %d blocks in %d s%n", outcome.blocks(), outcome.seconds());
        assertThat(outcome.exitCode()).as("the walkthrough's blocks, run as written:\n" + outcome.output()).isZero();
    }

    // ------------------------------------------------------------------ steps

    /** Imports the department's entities as its clerk (a CSV through the gateway); returns the import job id. */
    private static String importEntities(String department, int index, List<String> usccs) {
        StringBuilder csv = new StringBuilder("name,uscc,legalRepresentative,registrationAuthority,regionCode,industry,"
                + "objectType,status,creditClass,abnormalList,seriousDishonesty,tags,supervisionScopes\n");
        int base = Math.floorMod(UUID.randomUUID().hashCode(), 800_000) * 1000 + index * ENTITIES_PER_DEPARTMENT;
        for (int i = 0; i < ENTITIES_PER_DEPARTMENT; i++) {
            String uscc = Uscc.of("91130634", base + i);
            usccs.add(uscc);
            csv.append("系统测试").append(department).append("企业").append(i).append("有限公司,").append(uscc)
                    .append(",张三,曲阳县市场监督管理局,130634,C3032,ENTERPRISE,OPERATING,")
                    .append("ABCD".charAt(i % 4)).append(",否,否,,").append(department).append('\n');
        }
        String boundary = "st-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"entities.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        var answer = gw.send("POST /api/registry/imports", HttpRequest.newBuilder(
                        URI.create(gw.baseUrl() + "/api/registry/imports?kind=ENTITIES"))
                .header("Authorization", "Bearer " + as("REGISTRY_CLERK", department))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        return answer.ok().path("id").asString();
    }

    private static void awaitSnapshotKnown(String kind, String department, String snapshotId, String operator) {
        gw.awaitGet("/api/draws/snapshots?kind=" + kind + "&departmentId=" + department, operator,
                list -> list.size() > 0 && list.get(0).path("snapshotId").asString().equals(snapshotId));
    }

    /** Downloads the draw's bundle and runs the standalone verifier jar on it: exit code 0 = verified. */
    private static void verifyBundle(String drawId, String operator) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "st-" + RUN));
        Path bundle = dir.resolve(drawId + "-bundle.json");
        Files.writeString(bundle, gw.get("/api/draws/" + drawId + "/bundle", operator).body());
        Path jar = Path.of(System.getProperty("ssj.repo.root", "..")).resolve("verifier/target/ssj-verifier.jar");
        assertThat(jar).as("the verifier jar (module verifier, packaged before system-tests)").exists();
        Path log = dir.resolve(drawId + "-verifier.log");
        Process verifier = new ProcessBuilder(ServiceProcess.javaBinary(), "-jar", jar.toString(), "verify",
                bundle.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(verifier.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(verifier.exitValue()).as("verifier on " + drawId + ":\n" + Files.readString(log)).isZero();
    }

    /** The draw's inspection records (一企一表), one per target, as the platform admin reads them once they exist. */
    private static List<JsonNode> records(String drawId, JsonNode executed) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode target : executed.path("targets")) {
            String id = "ins-" + UUID.nameUUIDFromBytes((drawId + "|" + target.path("entityId").asString())
                    .getBytes(StandardCharsets.UTF_8));
            records.add(gw.awaitGet("/api/inspections/" + id, admin(), r -> true));
        }
        return records;
    }

    /** A team member of the department on the record: the one who records that department's part. */
    private static String teamInspector(JsonNode record, String department) {
        for (JsonNode member : record.path("team")) {
            if (member.path("departmentId").asString().equals(department)) {
                return inspector(department, member.path("inspectorId").asString());
            }
        }
        throw new AssertionError("no inspector of " + department + " on the team of " + record);
    }

    private static void writePart(JsonNode record, String department, String token, String method, String path,
                                  String json) {
        gw.write(method, "/api/inspections/" + record.path("id").asString(), "/parts/" + department + path, token, json);
    }

    /** 告知 and 现场检查 with the whole team present. */
    private static void checked(JsonNode record, String department, String token) {
        writePart(record, department, token, "POST", "/notice",
                "{\"announced\":true,\"noticeTime\":\"%s\",\"channel\":\"电话\"}".formatted(Instant.now()));
        List<String> present = new ArrayList<>();
        record.path("team").forEach(m -> present.add(m.path("inspectorId").asString()));
        writePart(record, department, token, "POST", "/on-site-check",
                "{\"date\":\"%s\",\"inspectorsPresent\":%s,\"credentialsShown\":true}"
                        .formatted(LocalDate.now(CHINA), jsonArray(present)));
    }

    private void plainResult(JsonNode record, String department, Map<String, Expected> expected) {
        String token = teamInspector(record, department);
        checked(record, department, token);
        writePart(record, department, token, "PUT", "/draft",
                resultForm(record, department, "NO_PROBLEM_FOUND", "[]", "{\"kind\":\"SIGNED\"}"));
        writePart(record, department, token, "POST", "/submit", "{}");
        expected.put(resultId(record, department), new Expected(record, department, "NO_PROBLEM_FOUND", 1, false, 0));
    }

    /** The result form: every sub-item of the department's items answered with its first option. */
    private static String resultForm(JsonNode record, String department, String category, String measures,
                                     String signature) {
        List<String> items = new ArrayList<>();
        for (JsonNode part : record.path("parts")) {
            if (!part.path("departmentId").asString().equals(department)) {
                continue;
            }
            for (JsonNode item : part.path("items")) {
                List<String> subItems = new ArrayList<>();
                String option = item.path("options").size() > 0 ? item.path("options").get(0).asString() : "NORMAL";
                item.path("subItems").forEach(s -> subItems.add(
                        "{\"subItem\":%s,\"option\":\"%s\"}".formatted(s.toString(), option)));
                items.add("{\"itemId\":\"%s\",\"subItems\":[%s]}".formatted(item.path("itemId").asString(),
                        String.join(",", subItems)));
            }
        }
        return "{\"items\":[%s],\"category\":\"%s\",\"measures\":%s,\"signature\":%s,\"notes\":\"系统测试\"}"
                .formatted(String.join(",", items), category, measures, signature);
    }

    private static String uploadPhoto(JsonNode record, String token) {
        byte[] photo = new byte[2048];
        new java.util.Random(7).nextBytes(photo);
        photo[0] = (byte) 0xff;
        photo[1] = (byte) 0xd8;
        photo[2] = (byte) 0xff;
        photo[3] = (byte) 0xe0;
        String name = URLEncoder.encode("登记住所.jpg", StandardCharsets.UTF_8);
        var answer = gw.send("POST attachment", HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/api/inspections/"
                        + record.path("id").asString() + "/attachments?name=" + name + "&capturedAt=" + Instant.now()))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", "st-" + UUID.randomUUID())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build());
        return answer.ok().path("attachmentId").asString();
    }

    /** The plan's results on the public API (anonymous, all pages), by result id; a duplicate fails. */
    private static Map<String, JsonNode> publicResultsOfPlan(String plan) {
        Map<String, JsonNode> seen = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = gw.getOk("/api/public/results?planId=" + plan + "&limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
            for (JsonNode r : page.path("items")) {
                assertThat(seen.put(r.path("resultId").asString(), r)).as("listed once: " + r).isNull();
            }
            cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
        } while (cursor != null);
        return seen;
    }

    private static String resultId(JsonNode record, String department) {
        return record.path("id").asString() + ":" + department;
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the public record must show for one department's result of one record. */
    private record Expected(JsonNode record, String department, String category, int version, boolean corrected,
                            int followUps) {
        String resultId() {
            return WholeJobIT.resultId(record, department);
        }
    }

    /** Reads a topic from given offsets to its current end. */
    static final class TopicReader {

        private TopicReader() {
        }

        static Map<TopicPartition, Long> endOffsets(String topic) {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = partitionsOf(consumer, topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                return new HashMap<>(consumer.endOffsets(partitions));
            }
        }

        static List<ConsumerRecord<String, String>> readFrom(String topic, Map<TopicPartition, Long> from) {
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = partitionsOf(consumer, topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                partitions.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                        && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                }
            }
            // per partition in offset order; a result's events share a key, hence a partition
            out.sort(java.util.Comparator.comparing((ConsumerRecord<String, String> r) -> r.partition())
                    .thenComparingLong(ConsumerRecord::offset));
            return out;
        }

        private static List<org.apache.kafka.common.PartitionInfo> partitionsOf(KafkaConsumer<String, String> consumer,
                                                                                String topic) {
            List<org.apache.kafka.common.PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            return partitions == null ? List.of() : partitions;
        }

        private static KafkaConsumer<String, String> consumer() {
            return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap(),
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    // the services create their topics with their settings; a probe must not create one first
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"));
        }
    }

    /** 统一社会信用代码 (GB 32100-2015) of made-up entities: a prefix, "MA", a base-31 serial and the check character. */
    static final class Uscc {
        private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        private Uscc() {
        }

        static String of(String prefix8, int serial) {
            StringBuilder code = new StringBuilder(prefix8).append("MA");
            int n = serial;
            for (int k = 0; k < 7; k++) {
                code.append(CHARSET.charAt(n % 31));
                n /= 31;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
            }
            return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
        }
    }
}
