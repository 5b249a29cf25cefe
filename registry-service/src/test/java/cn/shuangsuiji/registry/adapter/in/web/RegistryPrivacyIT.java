package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.security.TokenActors;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.validation.IdNumber;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal data stays private (issue 8 item 6; rules.md §6): published ids and party keys of natural persons cannot
 * be matched by hashing candidate ID numbers, conflict screening still finds a declared relation, an edit that
 * echoes or omits masked fields keeps them (clearing is explicit and audited), and every read in clear is logged.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryPrivacyIT {

    static final String DEPT = "p-amr";
    static final String OTHER = "p-psb";
    /** Both ID numbers lie in the candidate range below: region 130634, born in June 1985. */
    static final String PERSON_ID = IdNumber.complete("13063419850615123");
    static final String RELATIVE_ID = IdNumber.complete("13063419850621457");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_privacy_it"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenActors tokenActors;

    @Autowired
    MongoTemplate mongo;

    final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String subject, String department, Role... roles) {
        Jwt token = Jwt.withTokenValue("privacy").header("alg", "RS256").subject(subject)
                .claim("roles", java.util.Arrays.stream(roles).map(Role::name).toList())
                .claim("client_id", "ssj-web").claim("aud", List.of("ssj-platform"))
                .claims(c -> {
                    if (department != null) {
                        c.put("department", department);
                    }
                })
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
        return jwt().jwt(token).authorities(tokenActors.authenticate(token).getAuthorities());
    }

    RequestPostProcessor clerk() {
        return as("li-clerk", DEPT, Role.REGISTRY_CLERK);
    }

    RequestPostProcessor head() {
        return as("zhao-head", DEPT, Role.DEPARTMENT_HEAD);
    }

    RequestPostProcessor planner() {
        return as("wu-planner", DEPT, Role.PLANNER);
    }

    MvcResult call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(request.with(who)).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result.getAsyncResult(20_000);
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result;
    }

    String ok(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who) throws Exception {
        MvcResult result = call(request, who);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    AbstractMockHttpServletRequestBuilder<?> jsonPost(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @BeforeAll
    void departments() throws Exception {
        for (String d : List.of(DEPT, OTHER)) {
            ok(jsonPost("/api/registry/departments", Map.of("id", d, "name", "隐私测试部门" + d,
                    "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634")),
                    as("admin", null, Role.PLATFORM_ADMIN));
        }
    }

    /** Imports the CSV as the clerk and waits until its job has completed; returns the job's id. */
    String importedAsClerk(String csv) throws Exception {
        MvcResult started = call(multipart("/api/registry/imports").file(new MockMultipartFile("file", "e.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))), clerk());
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String job = json.readTree(started.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id")
                .asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(get("/api/registry/imports/" + job), clerk())
                .contains("COMPLETED"));
        return job;
    }

    static Map<String, Object> company(String uscc) {
        return new java.util.HashMap<>(Map.of("name", "曲阳县隐私测试有限公司", "uscc", uscc,
                "legalRepresentative", "王建国", "regionCode", "130634", "objectType", "ENTERPRISE",
                "creditClass", "B", "supervisionScopes", List.of(DEPT), "phone", "13912345678",
                "legalRepresentativeIdNumber", RELATIVE_ID,
                "holders", List.of(Map.of("name", "王建国", "idNumber", RELATIVE_ID))));
    }

    byte[] content(String snapshotBody) throws Exception {
        String id = json.readTree(snapshotBody).get("id").asText();
        MvcResult result = call(get("/api/registry/snapshots/" + id + "/content"), as("ssj-services", null,
                Role.SERVICE));
        return new GZIPInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
                .readAllBytes();
    }

    static Set<String> hexKeys(byte[] content) {
        Set<String> keys = new HashSet<>();
        Matcher m = Pattern.compile("[0-9a-f]{64}").matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            keys.add(m.group());
        }
        return keys;
    }

    @Test
    void publishedIdsAndPartyKeysCannotBeMatchedByHashingCandidatesButConflictScreeningStillWorks()
            throws Exception {
        // a natural person (个体工商户 without USCC) and a company whose legal representative and holder is the relative
        Map<String, Object> person = Map.of("name", "张三", "idNumber", PERSON_ID, "regionCode", "130634",
                "objectType", "INDIVIDUAL_BUSINESS", "creditClass", "B", "supervisionScopes", List.of(DEPT));
        String personId = json.readTree(ok(jsonPost("/api/registry/entities", person), clerk())).get("id").asText();
        ok(jsonPost("/api/registry/entities", company(Uscc.complete("91130634MA0P00001"))), clerk());
        byte[] entities = content(ok(jsonPost("/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(DEPT))), clerk()));
        String text = new String(entities, StandardCharsets.UTF_8);
        assertThat(text).contains(personId).doesNotContain(PERSON_ID).doesNotContain(RELATIVE_ID);

        // an attacker hashes every ID number of the county for a month of birth dates: 30 × 1000 candidates
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Set<String> published = hexKeys(entities);
        int candidates = 0;
        int matches = 0;
        for (LocalDate day = LocalDate.of(1985, 6, 1); day.getMonthValue() == 6; day = day.plusDays(1)) {
            for (int seq = 0; seq < 1000; seq++) {
                String candidate = IdNumber.complete("130634" + day.toString().replace("-", "")
                        + String.format("%03d", seq));
                String hash = HexFormat.of().formatHex(sha.digest(candidate.getBytes(StandardCharsets.UTF_8)));
                candidates++;
                if (published.contains(hash) || personId.equals("ent-p" + hash.substring(0, 16))) {
                    matches++;
                }
            }
        }
        assertThat(candidates).isEqualTo(30_000);
        assertThat(matches).as("unkeyed hashes of candidate ID numbers match nothing published").isZero();
        // with the platform secret (which only the registry holds) the same numbers are found: the test is meaningful
        assertThat(personId).isEqualTo(TestPseudonyms.PSEUDONYMS.naturalPersonId(PERSON_ID));
        assertThat(published).contains(TestPseudonyms.PSEUDONYMS.partyKey(PERSON_ID),
                TestPseudonyms.PSEUDONYMS.partyKey(RELATIVE_ID));

        // conflict screening (回避): an inspector declares the relative; the draw compares the inspector's relation
        // keys with the entities' party keys, both computed here with the same keyed function
        for (int i = 1; i <= 4; i++) {
            Map<String, Object> inspector = new java.util.HashMap<>(Map.of("departmentId", DEPT, "name", "李明" + i,
                    "certificateNumber", "PV-" + i, "certificateValidUntil", "2030-12-31", "regionCode", "130634"));
            if (i == 1) {
                inspector.put("relations", Map.of("relatives", List.of(Map.of("name", "王建国", "relationship", "配偶",
                        "idNumber", RELATIVE_ID))));
            }
            ok(jsonPost("/api/registry/inspectors", inspector), clerk());
        }
        byte[] inspectors = content(ok(jsonPost("/api/registry/snapshots", Map.of("kind", "INSPECTORS",
                "departmentIds", List.of(DEPT))), clerk()));
        assertThat(new String(inspectors, StandardCharsets.UTF_8)).doesNotContain(RELATIVE_ID);
        Set<String> shared = new HashSet<>(hexKeys(inspectors));
        shared.retainAll(published);
        assertThat(shared).containsExactly(TestPseudonyms.PSEUDONYMS.partyKey(RELATIVE_ID));
    }

    /**
     * The stored party keys (预存回避关联键: keyed hashes of the ID numbers and USCCs of an entity and its parties,
     * kept in its document for the snapshot) leave the registry only in a snapshot's content: no entity read (in
     * clear or masked), list, export, history or audit entry, no event (outbox) nor any other stored record, and no
     * log line carries them.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void storedPartyKeysLeaveTheRegistryOnlyInASnapshot(CapturedOutput output) throws Exception {
        String holderId = IdNumber.complete("13063419850607246");
        String uscc = Uscc.complete("91130634MA0P00004");
        Map<String, Object> body = company(uscc);
        body.put("legalRepresentativeIdNumber", holderId);
        body.put("holders", List.of(Map.of("name", "王建国", "idNumber", holderId)));
        String id = json.readTree(ok(jsonPost("/api/registry/entities", body), clerk())).get("id").asText();
        body.put("address", "曲阳县齐村镇");
        ok(put("/api/registry/entities/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).header("If-Match", "\"1\""), clerk());
        String csv = "名称,身份证号码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n"
                + "李四," + holderId + ",130634,个体工商户,存续,B," + DEPT + "\n";
        String job = importedAsClerk(csv);
        String personId = TestPseudonyms.PSEUDONYMS.naturalPersonId(holderId);

        // the documents do hold them (the assertions below are meaningful)
        String key = TestPseudonyms.PSEUDONYMS.partyKey(holderId);
        for (String stored : List.of(id, personId)) {
            assertThat(mongo.findById(stored, Document.class, "entities").getList("partyKeys", String.class))
                    .as(stored).contains(key);
        }

        List<String> served = new java.util.ArrayList<>();
        for (String entity : List.of(id, personId)) {
            served.add(ok(get("/api/registry/entities/" + entity), clerk()));
            served.add(ok(get("/api/registry/entities/" + entity), planner()));
            served.add(ok(get("/api/registry/entities/" + entity + "/history"), clerk()));
            served.add(ok(get("/api/registry/entities/" + entity + "/history"), planner()));
            served.add(ok(get("/api/registry/audit?aggregateId=" + entity), head()));
        }
        served.add(ok(get("/api/registry/entities?departmentId=" + DEPT + "&limit=200"), clerk()));
        served.add(ok(get("/api/registry/entities/export?format=csv&departmentId=" + DEPT), head()));
        served.add(ok(get("/api/registry/imports/" + job), clerk()));
        assertThat(served.get(0)).contains(holderId);
        assertThat(served.get(2)).as("the history in clear").contains("曲阳县齐村镇");
        for (String response : served) {
            assertThat(response).doesNotContain(key).doesNotContain("partyKeys").doesNotContain("partyKeysOf");
        }

        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals("entities") || collection.startsWith("snapshot_content")) {
                continue;
            }
            for (Document d : mongo.getCollection(collection).find()) {
                assertThat(d.toJson()).as(collection).doesNotContain(key).doesNotContain("partyKeys");
            }
        }
        assertThat(output.getAll()).doesNotContain(key).doesNotContain(holderId);

        // as specified, a snapshot's content carries them
        byte[] snapshot = content(ok(jsonPost("/api/registry/snapshots", Map.of("kind", "ENTITIES",
                "departmentIds", List.of(DEPT))), clerk()));
        assertThat(hexKeys(snapshot)).contains(key);
    }

    @Test
    void anEditEchoingOrOmittingMaskedFieldsKeepsThemAndClearingIsExplicitAndAudited() throws Exception {
        String uscc = Uscc.complete("91130634MA0P00002");
        String id = json.readTree(ok(jsonPost("/api/registry/entities", company(uscc)), clerk())).get("id").asText();

        // a planner sees it masked; the clerk sends exactly that back with a change of address
        MvcResult masked = call(get("/api/registry/entities/" + id), planner());
        ObjectNode echo = (ObjectNode) json.readTree(masked.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(echo.get("phone").asText()).isEqualTo("139****5678");
        assertThat(echo.toString()).doesNotContain(RELATIVE_ID);
        echo.put("address", "曲阳县产德乡");
        ok(put("/api/registry/entities/" + id).contentType(MediaType.APPLICATION_JSON).content(echo.toString())
                .header("If-Match", masked.getResponse().getHeader("ETag")), clerk());
        JsonNode stored = json.readTree(ok(get("/api/registry/entities/" + id), clerk()));
        assertThat(stored.get("address").asText()).isEqualTo("曲阳县产德乡");
        assertThat(stored.get("phone").asText()).isEqualTo("13912345678");
        assertThat(stored.get("legalRepresentativeIdNumber").asText()).isEqualTo(RELATIVE_ID);
        assertThat(stored.get("holders").toString()).contains(RELATIVE_ID).contains("王建国");

        // leaving them out keeps them too
        Map<String, Object> omitted = company(uscc);
        omitted.remove("phone");
        omitted.remove("legalRepresentativeIdNumber");
        omitted.remove("holders");
        ok(put("/api/registry/entities/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(omitted)).header("If-Match", "\"2\""), clerk());
        stored = json.readTree(ok(get("/api/registry/entities/" + id), clerk()));
        assertThat(stored.get("phone").asText()).isEqualTo("13912345678");
        assertThat(stored.get("legalRepresentativeIdNumber").asText()).isEqualTo(RELATIVE_ID);

        // clearing is its own action, recorded with who did it
        ok(delete("/api/registry/entities/" + id + "/personal/legalRepresentativeIdNumber")
                .header("If-Match", "\"3\""), clerk());
        stored = json.readTree(ok(get("/api/registry/entities/" + id), clerk()));
        assertThat(stored.get("legalRepresentativeIdNumber").isNull()).isTrue();
        assertThat(stored.get("phone").asText()).isEqualTo("13912345678");
        String history = ok(get("/api/registry/entities/" + id + "/history"), planner());
        assertThat(history).contains("PERSONAL_CLEARED:LEGAL_REPRESENTATIVE_ID_NUMBER")
                .contains("\"actor\":\"li-clerk\"").contains("\"actorRoles\":[\"REGISTRY_CLERK\"]")
                .contains("\"actorDepartment\":\"" + DEPT + "\"").contains("\"clientId\":\"ssj-web\"")
                .doesNotContain(RELATIVE_ID);
        String audit = ok(get("/api/registry/audit?aggregateId=" + id), head());
        assertThat(audit).contains("entity.personal_cleared:legal_representative_id_number")
                .contains("entity.revised").contains("entity.registered").contains("\"subject\":\"li-clerk\"")
                .doesNotContain(RELATIVE_ID).doesNotContain("13912345678");
    }

    @Test
    void everyReadInClearIsLoggedForTheHeadAndMaskedReadsAreNot() throws Exception {
        String uscc = Uscc.complete("91130634MA0P00003");
        String id = json.readTree(ok(jsonPost("/api/registry/entities", company(uscc)), clerk())).get("id").asText();
        ok(get("/api/registry/entities/" + id), as("read-clerk", DEPT, Role.REGISTRY_CLERK));
        ok(get("/api/registry/entities/" + id), as("read-planner", DEPT, Role.PLANNER));
        ok(get("/api/registry/entities/export?format=csv&departmentId=" + DEPT).header("X-Request-Id", "trace-export-1"),
                as("read-head", DEPT, Role.DEPARTMENT_HEAD));

        String reads = ok(get("/api/registry/personal-data-reads?departmentId=" + DEPT), head());
        assertThat(reads).contains("\"subject\":\"read-clerk\"").contains("\"recordId\":\"" + id + "\"")
                .contains("\"fields\":[\"idNumber\",\"phone\",\"legalRepresentativeIdNumber\",\"holders\"]")
                .contains("\"subject\":\"read-head\"").contains("\"recordKind\":\"ENTITY_EXPORT\"")
                .contains("\"traceId\":\"trace-export-1\"").doesNotContain("read-planner");
        assertThat(call(get("/api/registry/personal-data-reads?departmentId=" + DEPT),
                as("other-head", OTHER, Role.DEPARTMENT_HEAD)).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aHigherLevelSeesItsLowerLevelsReadLogButNeverTheirPersonalDataInClear() throws Exception {
        RequestPostProcessor admin = as("admin", null, Role.PLATFORM_ADMIN);
        ok(jsonPost("/api/registry/departments", Map.of("id", "pc-city", "name", "保定市隐私测试局",
                "type", "MARKET_REGULATION", "level", "CITY", "regionCode", "130600")), admin);
        ok(jsonPost("/api/registry/departments", Map.of("id", "pc-county", "name", "曲阳县隐私测试局",
                "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "130634", "parentId", "pc-city")),
                admin);
        Map<String, Object> body = company(Uscc.complete("91130634MA0P00020"));
        body.put("supervisionScopes", List.of("pc-county"));
        RequestPostProcessor countyClerk = as("county-clerk", "pc-county", Role.REGISTRY_CLERK);
        String id = json.readTree(ok(jsonPost("/api/registry/entities", body), countyClerk)).get("id").asText();
        assertThat(ok(get("/api/registry/entities/" + id), countyClerk)).contains("13912345678");

        RequestPostProcessor cityHead = as("city-head", "pc-city", Role.DEPARTMENT_HEAD);
        assertThat(ok(get("/api/registry/entities/" + id), cityHead)).contains("139****5678")
                .doesNotContain("13912345678").doesNotContain(RELATIVE_ID);
        assertThat(ok(get("/api/registry/personal-data-reads"), cityHead)).contains("\"subject\":\"county-clerk\"")
                .contains("\"department\":\"pc-county\"").doesNotContain("city-head");
        assertThat(call(get("/api/registry/personal-data-reads?departmentId=pc-city"),
                as("county-head", "pc-county", Role.DEPARTMENT_HEAD)).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aClerkImportsOnlyRowsOfTheirOwnDepartment() throws Exception {
        String csv = "名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n"
                + "本部门企业," + Uscc.complete("91130634MA0P00010") + ",130634,企业,存续,A," + DEPT + "\n"
                + "他部门企业," + Uscc.complete("91130634MA0P00011") + ",130634,企业,存续,A," + OTHER + "\n";
        String job = importedAsClerk(csv);
        assertThat(ok(get("/api/registry/imports/" + job), clerk())).contains("\"created\":1")
                .contains("\"rejected\":1");
        assertThat(ok(get("/api/registry/imports/" + job + "/errors.csv"), clerk()))
                .contains("3,supervisionScopes,DEPARTMENT_FORBIDDEN");
        assertThat(ok(get("/api/registry/audit?aggregateId=" + job), head())).contains("import.complete")
                .contains("\"subject\":\"li-clerk\"");
    }
}
