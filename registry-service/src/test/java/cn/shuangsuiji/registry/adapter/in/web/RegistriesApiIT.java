package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static cn.shuangsuiji.registry.testing.TestTokens.admin;
import static cn.shuangsuiji.registry.testing.TestTokens.bearer;
import static cn.shuangsuiji.registry.testing.TestTokens.clerk;
import static cn.shuangsuiji.registry.testing.TestTokens.head;
import static cn.shuangsuiji.registry.testing.TestTokens.service;

import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.validation.IdNumber;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.registry.testing.TestTokens;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The entity and inspector registries, snapshots, bulk import (entities, inspectors, items) and exports over HTTP
 * against real MongoDB and Kafka, called with signed access tokens ({@link TestTokens}) of the roles that may do
 * each step.
 */
@RequiresRealInfra
@Import(TestIdentityConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistriesApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_reg_it"));
    }

    @LocalServerPort
    int port;

    RestClient client;

    /** Who uploads import files in the current test. */
    Map<String, String> uploader = clerk("it-amr");

    record Reply(int status, HttpHeaders headers, String body, byte[] bytes) {
    }

    @BeforeAll
    void departments() {
        client = RestClient.create("http://localhost:" + port);
        for (String id : List.of("it-amr", "it-psb")) {
            send("POST", "/api/registry/departments", Map.of("id", id, "name", "测试部门" + id,
                    "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        }
        // 分类标注 from the tag library (S3 二(一)): the entity fixture's tag, and one for inspectors only
        send("POST", "/api/registry/tags", Map.of("code", "it.stone", "name", "石材", "targets", List.of("ENTITY")),
                admin());
        send("POST", "/api/registry/tags", Map.of("code", "it.food", "name", "食品安全",
                "targets", List.of("INSPECTOR")), admin());
    }

    Reply send(String method, String uri, Object body, Map<String, String> headers) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Reply(res.getStatusCode().value(), res.getHeaders(), new String(bytes, StandardCharsets.UTF_8),
                    bytes);
        });
    }

    static Map<String, Object> entity(String uscc, String phone) {
        return Map.ofEntries(Map.entry("name", "曲阳县恒达石材有限公司"), Map.entry("uscc", uscc),
                Map.entry("legalRepresentative", "王建国"), Map.entry("regionCode", "130634"),
                Map.entry("industry", "C3032"), Map.entry("objectType", "ENTERPRISE"), Map.entry("creditClass", "B"),
                Map.entry("tags", List.of("it.stone")), Map.entry("supervisionScopes", List.of("it-amr")),
                Map.entry("phone", phone));
    }

    static final Map<String, String> AMR = clerk("it-amr");
    static final Map<String, String> PSB = clerk("it-psb");

    @Test
    void registersValidatesMasksVersionsAndKeepsHistoryOfEntities() {
        String uscc = Uscc.complete("91130634MA0A00001");
        Reply bad = send("POST", "/api/registry/entities", entity(uscc.substring(0, 17), "13812345678"), AMR);
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.body()).contains("\"code\":\"ENTITY_INVALID\"").contains("\"field\":\"uscc\"").contains("USCC_FORMAT");
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        Reply badCheck = send("POST", "/api/registry/entities", entity(wrongCheck, "13812345678"), AMR);
        assertThat(badCheck.body()).contains("USCC_CHECK_CHARACTER");

        Reply created = send("POST", "/api/registry/entities", entity(uscc, "13812345678"), AMR);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getETag()).isEqualTo("\"1\"");
        assertThat(created.body()).contains("138****5678").doesNotContain("13812345678");
        String id = "ent-" + uscc;
        assertThat(send("POST", "/api/registry/entities", entity(uscc, "13800000001"), AMR).body())
                .contains("ENTITY_EXISTS");

        Map<String, String> admin = Map.of("Authorization", "Bearer "
                + TestTokens.token("li", "it-amr", "REGISTRY_CLERK"));
        assertThat(send("GET", "/api/registry/entities/" + id, null, admin).body()).contains("13812345678");
        assertThat(send("GET", "/api/registry/entities/" + id, null,
                clerk("it-psb")).body()).doesNotContain("13812345678");

        assertThat(send("PUT", "/api/registry/entities/" + id, entity(uscc, "13900000000"), admin).status())
                .isEqualTo(428);
        Map<String, String> stale = new java.util.HashMap<>(admin);
        stale.put("If-Match", "\"7\"");
        Reply conflict = send("PUT", "/api/registry/entities/" + id, entity(uscc, "13900000000"), stale);
        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.body()).contains("PRECONDITION_FAILED");
        Map<String, String> fresh = new java.util.HashMap<>(admin);
        fresh.put("If-Match", "\"1\"");
        Reply revised = send("PUT", "/api/registry/entities/" + id, entity(uscc, "13900000000"), fresh);
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.headers().getETag()).isEqualTo("\"2\"");
        fresh.put("If-Match", "\"2\"");
        Reply gone = send("POST", "/api/registry/entities/" + id + "/deregistration",
                Map.of("status", "CANCELLED", "reason", "歇业"), fresh);
        assertThat(gone.body()).contains("\"drawable\":false").contains("\"statusName\":\"注销\"");

        Reply history = send("GET", "/api/registry/entities/" + id + "/history", null, admin);
        assertThat(history.body()).contains("REGISTERED").contains("REVISED").contains("DEREGISTERED")
                .contains("\"actor\":\"li\"").contains("13812345678").contains("13900000000");
        assertThat(send("GET", "/api/registry/entities/" + id + "/history", null, bearer("it-amr", "PLANNER")).body())
                .doesNotContain("13812345678").contains("138****5678");

        Reply page = send("GET", "/api/registry/entities?usccPrefix=" + uscc.substring(0, 10) + "&limit=1", null,
                AMR);
        assertThat(page.body()).contains(id);
        assertThat(send("GET", "/api/registry/entities?name=恒达&status=OPERATING", null, AMR).body())
                .doesNotContain(id);
    }

    static Map<String, Object> inspector(String cert, String dept, boolean relations) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("departmentId", dept, "name", "李明" + cert,
                "certificateNumber", cert, "certificateValidUntil", "2030-12-31", "regionCode", "130634",
                "post", "市场监管所", "phone", "13700000000",
                "idNumber", IdNumber.complete("13063419800101" + cert.substring(cert.length() - 3))));
        if (relations) {
            body.put("relations", Map.of("relatives", List.of(Map.of("name", "李红", "relationship", "配偶",
                    "idNumber", "11010519491231002X")), "interestUsccs", List.of(Uscc.complete("91130634MA0A00009"))));
        }
        return body;
    }

    /**
     * 回避 by name (S0 16; S1 16): a relative declared without an ID number is matched by name against legal
     * representatives and holders, and the registering clerk sees a warning naming the matching entity (it used to
     * be accepted silently and never screened).
     */
    /** S3 二(一): entity and inspector tags come from the tag library and must apply to the kind of record. */
    @Test
    void entityAndInspectorTagsAreCheckedAgainstTheTagLibrary() {
        send("POST", "/api/registry/departments", Map.of("id", "it-tag", "name", "测试部门it-tag",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        Map<String, String> tagClerk = clerk("it-tag");
        Map<String, Object> freeText = new java.util.HashMap<>(entity(Uscc.complete("91130634MA0H16081"),
                "13812345671"));
        freeText.put("supervisionScopes", List.of("it-tag"));
        freeText.put("tags", List.of("石材"));
        Reply unknown = send("POST", "/api/registry/entities", freeText, tagClerk);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"code\":\"TAG_UNKNOWN\"");
        freeText.put("tags", List.of("it.food"));
        assertThat(send("POST", "/api/registry/entities", freeText, tagClerk).body()).contains("TAG_NOT_APPLICABLE");
        freeText.put("tags", List.of("it.stone"));
        assertThat(send("POST", "/api/registry/entities", freeText, tagClerk).status()).isEqualTo(201);

        Map<String, Object> inspector = inspector("JZ-16081", "it-tag", false);
        inspector.put("tags", List.of("it.stone"));
        assertThat(send("POST", "/api/registry/inspectors", inspector, tagClerk).body())
                .contains("TAG_NOT_APPLICABLE");
        inspector.put("tags", List.of("it.food"));
        assertThat(send("POST", "/api/registry/inspectors", inspector, tagClerk).status()).isEqualTo(201);
    }

    @Test
    void aRelativeWithoutAnIdNumberIsMatchedByNameAndTheClerkIsWarned() {
        send("POST", "/api/registry/departments", Map.of("id", "it-rel", "name", "测试部门it-rel",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        Map<String, String> rel = clerk("it-rel");
        Map<String, Object> entity = new java.util.HashMap<>(entity(Uscc.complete("91130634MA0H16051"),
                "13812345670"));
        entity.put("legalRepresentative", "回避甲");
        entity.put("supervisionScopes", List.of("it-rel"));
        Reply created = send("POST", "/api/registry/entities", entity, rel);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String entityId = created.body().replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");

        Map<String, Object> body = inspector("JZ-16051", "it-rel", false);
        body.put("relations", Map.of("relatives", List.of(
                Map.of("name", "回避甲", "relationship", "兄弟"),
                Map.of("name", "无匹配乙", "relationship", "配偶"),
                Map.of("name", "有证号丙", "relationship", "父亲", "idNumber", "11010519491231002X"))));
        Reply registered = send("POST", "/api/registry/inspectors", body, rel);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).contains("\"relationWarnings\":[")
                .contains("\"matchedEntityIds\":[\"" + entityId + "\"]").contains("同名")
                .contains("无匹配乙").doesNotContain("\"relativeName\":\"有证号丙\"");
        String id = registered.body().replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
        // others never see the warnings (they name relatives)
        assertThat(send("GET", "/api/registry/inspectors/" + id, null, PSB).body())
                .doesNotContain("\"relationWarnings\":[").doesNotContain("回避甲");
    }

    @Test
    void inspectorSnapshotsNeedTheMinimumAndHideRelations() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(send("POST", "/api/registry/inspectors", inspector("JZ-" + (100 + i), "it-psb", i == 1),
                    PSB).status()).isEqualTo(201);
        }
        Reply tooSmall = send("POST", "/api/registry/snapshots", Map.of("kind", "INSPECTORS",
                "departmentIds", List.of("it-psb")), PSB);
        assertThat(tooSmall.status()).isEqualTo(409);
        assertThat(tooSmall.body()).contains("INSPECTOR_REGISTRY_TOO_SMALL");
        send("POST", "/api/registry/inspectors", inspector("JZ-104", "it-psb", false), PSB);

        String id = send("GET", "/api/registry/inspectors?departmentId=it-psb&limit=10", null, PSB).body();
        assertThat(id).doesNotContain("李红").doesNotContain("13700000000").contains("\"relationsDeclared\":true");

        Reply snap = send("POST", "/api/registry/snapshots", Map.of("kind", "INSPECTORS",
                "departmentIds", List.of("it-psb")), Map.of("Authorization", "Bearer "
                + TestTokens.token("zhang", "it-psb", "REGISTRY_CLERK")));
        assertThat(snap.status()).isEqualTo(201);
        assertThat(snap.body()).contains("\"recordCount\":4").contains("\"confirmedBy\":\"zhang\"");
        String snapId = snap.body().replaceAll(".*\"id\":\"(snap-[^\"]+)\".*", "$1");
        Reply content = send("GET", "/api/registry/snapshots/" + snapId + "/content", null, service());
        assertThat(content.status()).isEqualTo(200);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.bytes()));
        assertThat(content.headers().getFirst("X-Content-SHA256")).isEqualTo(sha);
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(content.bytes())).readAllBytes();
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).startsWith("SSJSNAP1").contains("ssj.registry.inspector.v1")
                .doesNotContain("11010519491231002X").doesNotContain("李红").doesNotContain("13700000000");
        List<String> events = readAll(cn.shuangsuiji.contracts.Topics.REGISTRY_SNAPSHOTS, snapId);
        assertThat(events).singleElement().asString().contains("\"kind\":\"INSPECTORS\"")
                .contains("\"recordCount\":4").contains("/api/registry/snapshots/" + snapId + "/content")
                .contains(content.headers().getFirst("X-Content-SHA256"));
        Reply again = send("POST", "/api/registry/snapshots", Map.of("kind", "INSPECTORS",
                "departmentIds", List.of("it-psb")), PSB);
        assertThat(again.body()).contains(snap.body().replaceAll(".*\"merkleRoot\":\"([0-9a-f]+)\".*", "$1"));
        assertThat(send("GET", "/api/registry/snapshots/" + snapId, null, PSB).body()).isEqualTo(
                send("GET", "/api/registry/snapshots/" + snapId, null, PSB).body());
    }

    /** Issue 12: {@code Prefer: respond-async} answers 202 with the job at once; the job ends with its snapshot. */
    @Test
    void snapshotConfirmationAnswersWithAJobWhenAskedToRespondAsync() {
        send("POST", "/api/registry/departments", Map.of("id", "it-async", "name", "测试部门it-async",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        Map<String, Object> body = new java.util.HashMap<>(entity(Uscc.complete("91130634MA0A0AT01"), "13812345670"));
        body.put("supervisionScopes", List.of("it-async"));
        assertThat(send("POST", "/api/registry/entities", body, clerk("it-async")).status()).isEqualTo(201);
        Map<String, String> asking = new java.util.HashMap<>(clerk("it-async"));
        asking.put("Prefer", "respond-async");

        Reply accepted = send("POST", "/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of("it-async")), asking);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().getFirst("Preference-Applied")).isEqualTo("respond-async");
        String location = accepted.headers().getLocation().toString();
        assertThat(location).startsWith("/api/registry/snapshot-jobs/snapjob-");
        assertThat(accepted.body()).contains("\"state\":").contains("\"snapshotId\":\"snap-");
        String[] done = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            done[0] = send("GET", location, null, clerk("it-async")).body();
            return done[0].contains("\"state\":\"COMPLETED\"");
        });
        assertThat(done[0]).contains("\"recordsDone\":1").contains("\"recordCount\":1");
        String snapshotPath = done[0].replaceAll(".*\"snapshotPath\":\"([^\"]+)\".*", "$1");
        Reply snapshot = send("GET", snapshotPath, null, clerk("it-async"));
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.body()).contains("\"recordCount\":1");
        assertThat(send("GET", "/api/registry/snapshot-jobs/snapjob-unknown", null, clerk("it-async")).status())
                .isEqualTo(404);
    }

    @Test
    void entitySnapshotsCarryPartyKeysOfLegalRepresentativeAndHoldersButNoPersonalData() throws Exception {
        send("POST", "/api/registry/departments", Map.of("id", "it-party", "name", "测试部门it-party",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        Map<String, String> party = clerk("it-party");
        String relative = "11010519491231002X";
        String holder = Uscc.complete("91130634MA0A00019");
        Map<String, Object> body = new java.util.HashMap<>(entity(Uscc.complete("91130634MA0A00077"), "13812345678"));
        body.put("supervisionScopes", List.of("it-party"));
        body.put("legalRepresentativeIdNumber", "110105194912310021");
        Reply bad = send("POST", "/api/registry/entities", body, party);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("legalRepresentativeIdNumber").contains("ID_NUMBER_CHECK_DIGIT");
        body.put("legalRepresentativeIdNumber", relative);
        body.put("holders", List.of(Map.of("name", "恒达投资有限公司", "uscc", holder),
                Map.of("name", "王建国", "idNumber", relative)));
        Reply created = send("POST", "/api/registry/entities", body, party);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(relative).contains("110***********002X").contains(holder)
                .contains("王**");
        String id = created.body().replaceAll(".*\"id\":\"(ent-[^\"]+)\".*", "$1");
        assertThat(send("GET", "/api/registry/entities/" + id, null, head("it-party")).body()).contains(relative);

        Reply snap = send("POST", "/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of("it-party")), party);
        assertThat(snap.status()).as(snap.body()).isEqualTo(201);
        String snapId = snap.body().replaceAll(".*\"id\":\"(snap-[^\"]+)\".*", "$1");
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(send("GET", "/api/registry/snapshots/" + snapId
                + "/content", null, service()).bytes())).readAllBytes();
        String text = new String(raw, StandardCharsets.UTF_8);
        java.util.function.Function<String, String> key = TestPseudonyms.PSEUDONYMS::partyKey;
        java.util.function.Function<String, String> unkeyed = v -> {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(v.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(text).contains(key.apply(relative)).contains(key.apply(holder))
                .contains(key.apply(Uscc.complete("91130634MA0A00077"))).doesNotContain(relative)
                .doesNotContain(holder).doesNotContain(unkeyed.apply(relative));
    }

    Reply upload(String name, byte[] bytes) {
        return upload(name, bytes, "ENTITIES", false);
    }

    Reply upload(String name, byte[] bytes, String kind, boolean publish) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        parts.add("kind", kind);
        parts.add("publish", String.valueOf(publish));
        var spec = client.post().uri("/api/registry/imports");
        uploader.forEach(spec::header);
        return spec.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, res) -> {
                    byte[] b = res.getBody().readAllBytes();
                    return new Reply(res.getStatusCode().value(), res.getHeaders(),
                            new String(b, StandardCharsets.UTF_8), b);
                });
    }

    String finished(Reply accepted) {
        assertThat(accepted.status()).isEqualTo(202);
        String jobId = accepted.body().replaceAll(".*\"id\":\"(imp-[^\"]+)\".*", "$1");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String body = send("GET", "/api/registry/imports/" + jobId, null, uploader).body();
            return body.contains("COMPLETED") || body.contains("FAILED");
        });
        return jobId;
    }

    @Test
    void importsCsvKeepsGoodRowsReportsBadOnesIsIdempotentAndRefusesMalformedFiles() {
        uploader = AMR;
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n");
        for (int i = 0; i < 20; i++) {
            csv.append("唐县企业").append(i).append(',').append(Uscc.complete(String.format("91130627MA0B%05d", i)))
                    .append(",130627,企业,存续,").append("ABCD".charAt(i % 4)).append(",it-amr\n");
        }
        csv.append("坏企业,91130627MA0B000000,130627,企业,存续,A,it-amr\n");
        csv.append("坏等级,").append(Uscc.complete("91130627MA0B99999")).append(",130627,企业,存续,Z,nowhere\n");
        csv.append("坏区划,").append(Uscc.complete("91130627MA0B99998")).append(",990000,企业,存续,A,it-amr\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        String job = finished(upload("entities.csv", file));
        String status = send("GET", "/api/registry/imports/" + job, null, AMR).body();
        assertThat(status).contains("\"state\":\"COMPLETED\"").contains("\"totalRows\":23")
                .contains("\"created\":20").contains("\"rejected\":3");
        String errors = send("GET", "/api/registry/imports/" + job + "/errors.csv", null, AMR).body();
        assertThat(errors).contains("22,uscc,USCC_CHECK_CHARACTER").contains("23,creditClass,ENUM_VALUE")
                .contains("23,supervisionScopes,DEPARTMENT_NOT_FOUND").contains("24,regionCode,REGION_CODE_UNKNOWN");

        String again = finished(upload("entities.csv", file));
        assertThat(send("GET", "/api/registry/imports/" + again, null, AMR).body())
                .contains("\"created\":0").contains("\"updated\":0").contains("\"unchanged\":20");

        String changedUscc = Uscc.complete("91130627MA0B00003");
        byte[] changed = csv.toString().replace("唐县企业3," + changedUscc + ",130627,企业,存续,D",
                "唐县企业3," + changedUscc + ",130627,企业,注销,D").getBytes(StandardCharsets.UTF_8);
        String third = finished(upload("entities.csv", changed));
        assertThat(send("GET", "/api/registry/imports/" + third, null, AMR).body())
                .contains("\"updated\":1").contains("\"unchanged\":19");
        assertThat(send("GET", "/api/registry/entities/ent-" + changedUscc + "/history", null, AMR).body())
                .contains("IMPORTED_NEW").contains("IMPORTED_CHANGE").contains("\"status\":\"CANCELLED\"")
                .contains("import:" + job).contains("import:" + third);
        // an imported entity never changed shows its stored record as created, without the stored party keys
        assertThat(send("GET", "/api/registry/entities/ent-" + Uscc.complete("91130627MA0B00004") + "/history", null,
                AMR).body()).contains("IMPORTED_NEW").contains("唐县企业4").doesNotContain("partyKeys");

        String malformed = finished(upload("broken.csv", "名称,\"统一社会信用代码\n\"x".getBytes(StandardCharsets.UTF_8)));
        assertThat(send("GET", "/api/registry/imports/" + malformed, null, AMR).body())
                .contains("\"state\":\"FAILED\"").contains("IMPORT_");
        String header = finished(upload("h.csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(send("GET", "/api/registry/imports/" + header, null, AMR).body())
                .contains("IMPORT_HEADER_INVALID").contains("\"created\":0");

        Reply xlsx = send("GET", "/api/registry/entities/export?format=xlsx&departmentId=it-amr", null, AMR);
        assertThat(xlsx.status()).isEqualTo(200);
        String fromXlsx = finished(upload("export.xlsx", xlsx.bytes()));
        assertThat(send("GET", "/api/registry/imports/" + fromXlsx, null, AMR).body())
                .contains("\"state\":\"COMPLETED\"").contains("\"unchanged\":20");
        assertThat(send("GET", "/api/registry/entities/export?format=csv&departmentId=it-amr", null, AMR)
                .body()).contains("唐县企业19");

        exportsEntitiesWithoutPersonalColumnsToOthersAndBothExportsImportAgain();
    }

    /**
     * Part of the round trip above (same context): a natural person (no USCC) and an entity with a legal
     * representative's ID number, natural-person holder and phone; others get no personal columns, and every
     * export imports again unchanged with the stored personal data intact.
     */
    private void exportsEntitiesWithoutPersonalColumnsToOthersAndBothExportsImportAgain() {
        send("POST", "/api/registry/departments", Map.of("id", "it-exp", "name", "测试部门it-exp",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634"), admin());
        Map<String, String> exp = clerk("it-exp");
        uploader = exp;
        String personId = cn.shuangsuiji.registry.domain.validation.IdNumber.complete("13063419800101123");
        String relative = "11010519491231002X";
        String phone = "13912345678";
        Map<String, Object> person = new java.util.HashMap<>(entity("unused", "13987654321"));
        person.remove("uscc");
        person.putAll(Map.of("name", "张三", "idNumber", personId, "objectType", "INDIVIDUAL_BUSINESS",
                "supervisionScopes", List.of("it-exp")));
        Reply createdPerson = send("POST", "/api/registry/entities", person, exp);
        assertThat(createdPerson.status()).as(createdPerson.body()).isEqualTo(201);
        String personEntity = createdPerson.body().replaceAll(".*\"id\":\"(ent-p[^\"]+)\".*", "$1");
        Map<String, Object> company = new java.util.HashMap<>(entity(Uscc.complete("91130634MA0A00088"), phone));
        company.putAll(Map.of("supervisionScopes", List.of("it-exp"), "legalRepresentativeIdNumber", relative,
                "holders", List.of(Map.of("name", "王建国", "idNumber", relative))));
        assertThat(send("POST", "/api/registry/entities", company, exp).status()).isEqualTo(201);

        Map<String, String> admin = exp;
        Reply full = send("GET", "/api/registry/entities/export?format=csv&departmentId=it-exp", null, admin);
        assertThat(full.body()).contains("身份证号码(idNumber)").contains(personId).contains(relative).contains(phone)
                .contains("王建国||" + relative).contains(personEntity);
        for (Map<String, String> other : List.of(AMR, clerk("it-psb"), bearer("it-exp", "PLANNER"), service())) {
            assertThat(send("GET", "/api/registry/entities/export?format=csv&departmentId=it-exp", null, other)
                    .body()).contains(personEntity).contains("张三").doesNotContain("(idNumber)")
                    .doesNotContain("(phone)").doesNotContain("(holders)").doesNotContain(personId)
                    .doesNotContain(relative).doesNotContain(phone).doesNotContain("*");
        }
        for (String format : List.of("csv", "xlsx")) {
            Reply others = send("GET", "/api/registry/entities/export?format=" + format + "&departmentId=it-exp",
                    null, bearer("it-exp", "PLANNER"));
            Reply own = send("GET", "/api/registry/entities/export?format=" + format + "&departmentId=it-exp",
                    null, admin);
            for (Reply export : List.of(others, own)) {
                String reimport = finished(upload("entities." + format, export.bytes()));
                assertThat(job(reimport)).as(format).contains("\"state\":\"COMPLETED\"")
                        .contains("\"totalRows\":2").contains("\"unchanged\":2").contains("\"rejected\":0");
            }
        }
        assertThat(send("GET", "/api/registry/entities/" + personEntity, null, admin).body()).contains(personId)
                .contains("13987654321");
        assertThat(send("GET", "/api/registry/entities/ent-" + Uscc.complete("91130634MA0A00088"), null, admin)
                .body()).contains(relative).contains(phone).contains("王建国");
        assertThat(send("GET", "/api/registry/entities/export?format=csv&departmentId=it-exp", null, admin).body())
                .isEqualTo(full.body());
    }

    String job(String jobId) {
        return send("GET", "/api/registry/imports/" + jobId, null, AMR).body();
    }

    static final String ITEM_HEADER = "事项标识,部门标识,检查项目,检查子项,检查内容,检查依据,检查方式,检查对象类型,事项类别,默认抽查比例,默认抽查频次\n";

    /** Item ids unique to this run: item events of earlier runs stay on the shared topic. */
    static final String ITEM = "item-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";

    static String itemRow(int n, String dept, String ratio) {
        return ITEM + n + "," + dept + ",检查项目" + n + ",\"证照悬挂:正常/不正常/不适用;健康证明\",检查内容" + n
                + ",《食品安全法》第" + n + "条,实地核查,企业,重点," + ratio + ",2\n";
    }

    @Test
    void importsItemsAsDraftsIdempotentlyPublishesOnRequestAndExportsThemForReimport() {
        uploader = AMR;
        StringBuilder good = new StringBuilder(ITEM_HEADER);
        for (int i = 1; i <= 3; i++) {
            good.append(itemRow(i, "it-amr", "5%"));
        }
        byte[] goodFile = good.toString().getBytes(StandardCharsets.UTF_8);
        String first = finished(upload("items.csv", goodFile, "ITEMS", false));
        assertThat(job(first)).contains("\"kind\":\"ITEMS\"").contains("\"state\":\"COMPLETED\"")
                .contains("\"totalRows\":3").contains("\"created\":3").contains("\"rejected\":0");
        assertThat(send("GET", "/api/registry/items/" + ITEM + "1", null, AMR).body())
                .contains("\"status\":\"DRAFT\"").contains("不适用").doesNotContain("\"PUBLISHED\"");

        String again = finished(upload("items.csv", goodFile, "ITEMS", false));
        assertThat(job(again)).contains("\"created\":0").contains("\"updated\":0").contains("\"unchanged\":3");

        String published = finished(upload("items.csv", goodFile, "ITEMS", true));
        assertThat(job(published)).contains("\"updated\":3").contains("\"unchanged\":0");
        assertThat(send("GET", "/api/registry/items/" + ITEM + "2", null, AMR).body())
                .contains("\"publishedVersion\":1").contains("\"status\":\"PUBLISHED\"");
        assertThat(readAll(cn.shuangsuiji.contracts.Topics.REGISTRY_ITEMS, ITEM + "2")).singleElement().asString()
                .contains("检查项目2").contains("\"version\":1");
        assertThat(job(finished(upload("items.csv", goodFile, "ITEMS", true)))).contains("\"unchanged\":3");

        String mixed = ITEM_HEADER + itemRow(1, "it-amr", "5%") + itemRow(2, "it-amr", "0.1") + itemRow(4, "it-amr", "0.2")
                + itemRow(5, "it-amr", "150%") + itemRow(6, "nowhere", "0.1") + itemRow(4, "it-amr", "0.3")
                + itemRow(3, "it-psb", "5%") + "bad id!,it-amr,项目,,内容,依据,上门,企业,重点,0.1,1\n";
        String mixedJob = finished(upload("mixed.csv", mixed.getBytes(StandardCharsets.UTF_8), "ITEMS", false));
        assertThat(job(mixedJob)).contains("\"state\":\"COMPLETED\"").contains("\"totalRows\":8")
                .contains("\"created\":1").contains("\"updated\":1").contains("\"unchanged\":1")
                .contains("\"rejected\":5");
        String errors = send("GET", "/api/registry/imports/" + mixedJob + "/errors.csv", null, AMR).body();
        assertThat(errors).contains("行号(line),字段(field),错误代码(code),说明(message)")
                .contains("5,defaultRatio,ITEM_RATIO_INVALID,默认抽查比例应大于 0")
                .contains("6,departmentId,DEPARTMENT_NOT_FOUND,部门不存在：nowhere")
                .contains("7,itemId,DUPLICATE_IN_FILE").contains("8,departmentId,DEPARTMENT_FORBIDDEN")
                .contains("9,itemId,ITEM_ID_FORMAT").contains("9,subItems,ITEM_SUB_ITEMS_REQUIRED")
                .contains("9,method,ENUM_VALUE");
        String item2 = send("GET", "/api/registry/items/" + ITEM + "2", null, AMR).body();
        assertThat(item2).contains("\"publishedVersion\":1").contains("\"latestVersion\":2")
                .contains("\"status\":\"DRAFT\"");
        assertThat(send("GET", "/api/registry/items/" + ITEM + "6", null, AMR).status()).isEqualTo(404);

        String malformed = finished(upload("items.xlsx", "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.UTF_8),
                "ITEMS", false));
        assertThat(job(malformed)).contains("\"state\":\"FAILED\"").contains("IMPORT_FILE_MALFORMED")
                .contains("\"created\":0");
        String halfBroken = ITEM_HEADER + itemRow(7, "it-amr", "0.1") + ITEM + "8,\"it-amr\n";
        assertThat(job(finished(upload("half.csv", halfBroken.getBytes(StandardCharsets.UTF_8), "ITEMS", false))))
                .contains("\"state\":\"FAILED\"").contains("IMPORT_FILE_MALFORMED");
        assertThat(send("GET", "/api/registry/items/" + ITEM + "7", null, AMR).status()).isEqualTo(404);

        for (String format : List.of("csv", "xlsx")) {
            Reply export = send("GET", "/api/registry/items/export?format=" + format + "&departmentId=it-amr", null,
                    AMR);
            assertThat(export.status()).isEqualTo(200);
            String roundTrip = finished(upload("items." + format, export.bytes(), "ITEMS", false));
            assertThat(job(roundTrip)).contains("\"state\":\"COMPLETED\"").contains("\"totalRows\":4")
                    .contains("\"unchanged\":4").contains("\"rejected\":0");
        }
        assertThat(send("GET", "/api/registry/items/export?format=csv&departmentId=it-amr", null, AMR).body())
                .contains("事项标识(itemId)").contains(",证照悬挂:正常/不正常/不适用;健康证明,").contains(",0.2,")
                .contains(ITEM + "4").doesNotContain(",it-psb,");
        assertThat(send("GET", "/api/registry/items/export?format=pdf", null, AMR).body())
                .contains("EXPORT_FORMAT");
    }

    @Test
    void exportsInspectorsWithPersonalDataOnlyForTheirAdministratorAndBothExportsImportAgain() {
        uploader = AMR;
        for (int i = 1; i <= 2; i++) {
            assertThat(send("POST", "/api/registry/inspectors", inspector("JZ-" + (200 + i), "it-amr", i == 1),
                    AMR).status()).isEqualTo(201);
        }
        String phone = "13700000000";
        Map<String, String> admin = head("it-amr");
        Reply full = send("GET", "/api/registry/inspectors/export?format=csv&departmentId=it-amr", null, admin);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains("联系电话(phone)").contains(phone).contains("李红|配偶|11010519491231002X")
                .contains("JZ-201").contains("JZ-202");
        for (Map<String, String> other : List.of(PSB, head("it-psb"), bearer("it-amr", "PLANNER"), service())) {
            assertThat(send("GET", "/api/registry/inspectors/export?format=csv&departmentId=it-amr", null, other)
                    .body()).contains("JZ-201").doesNotContain(phone).doesNotContain("李红").doesNotContain("联系电话")
                    .doesNotContain("11010519491231002X");
        }
        assertThat(send("GET", "/api/registry/inspectors/export?format=csv", null, admin).body())
                .contains("JZ-201").doesNotContain(phone);

        Reply masked = send("GET", "/api/registry/inspectors/export?format=xlsx&departmentId=it-amr", null,
                bearer("it-amr", "PLANNER"));
        for (Reply export : List.of(masked, full)) {
            String name = export == masked ? "inspectors.xlsx" : "inspectors.csv";
            String reimport = finished(upload(name, export.bytes(), "INSPECTORS", false));
            assertThat(job(reimport)).contains("\"state\":\"COMPLETED\"").contains("\"totalRows\":2")
                    .contains("\"unchanged\":2").contains("\"rejected\":0");
        }
        String id = full.body().lines().filter(l -> l.contains("JZ-201")).findFirst().orElseThrow();
        assertThat(id).contains(phone);
        assertThat(send("GET", "/api/registry/inspectors?departmentId=it-amr&limit=10", null, admin).body())
                .doesNotContain(phone).doesNotContain("李红");
        String first = send("GET", "/api/registry/inspectors?departmentId=it-amr&name=JZ-201&limit=1", null, admin).body()
                .replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(send("GET", "/api/registry/inspectors/" + first, null, admin).body()).contains(phone).contains("李红");
    }

    private static List<String> readAll(String topic, String key) {
        Map<String, Object> config = Map.of(
                org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap(),
                org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "it-" + java.util.UUID.randomUUID(),
                org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> found = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r.value());
                    }
                });
                return !found.isEmpty();
            });
        }
        return found;
    }
}
