package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.registry.adapter.in.demo.DemoItemsTestRunner;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.registry.testing.TestTokens;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Regions, departments, the item list life cycle (draft, edit, publish, revise, withdraw, claim), joint lists and
 * the demo item data, over HTTP against real MongoDB and Kafka.
 */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestIdentityConfiguration.class)
class ItemApiIT {

    /** Who calls next (a signed token of the role that may do the step). */
    private Map<String, String> as = TestTokens.clerk("qy-amr");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_items_it"));
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ApplicationContext context;

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }

    /** status, body (as string) and ETag of a call. */
    private Map<String, Object> call(HttpMethod method, String path, Object body, String ifMatch) {
        return client().method(method).uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    as.forEach(h::add);
                    if (ifMatch != null) {
                        h.setIfMatch(ifMatch);
                    }
                })
                .body(body == null ? Map.of() : body)
                .exchange((request, response) -> {
                    Map<String, Object> result = new HashMap<>();
                    result.put("status", response.getStatusCode().value());
                    result.put("body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                    result.put("etag", response.getHeaders().getETag());
                    return result;
                });
    }

    private Map<String, Object> get(String path) {
        return client().get().uri(path).headers(h -> as.forEach(h::add)).exchange((request, response) -> Map.of(
                "status", response.getStatusCode().value(),
                "body", new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> content(String project) {
        Map<String, Object> c = new HashMap<>();
        c.put("checkProject", project);
        c.put("subItems", List.of(Map.of("name", "营业执照规范悬挂"),
                Map.of("name", "住所与登记一致", "allowedResults", List.of("一致", "不一致"))));
        c.put("content", "对企业登记事项进行实地核查");
        c.put("legalBasis", "《中华人民共和国市场主体登记管理条例》第三十八条");
        c.put("method", "ON_SITE");
        c.put("objectType", "ENTERPRISE");
        c.put("category", "GENERAL");
        c.put("defaultRatio", 0.03);
        c.put("defaultFrequency", 1);
        return c;
    }

    /**
     * 一单两库一指引 (S3 一(一)): an item version carries its working guideline (text and attachments); it is
     * versioned and published with the item — the published version keeps its guideline when a new one is drafted.
     */
    @Test
    void anItemVersionCarriesItsWorkingGuidelineVersionedAndPublishedWithIt() {
        as = TestTokens.clerk("bd-amr");
        String id = "item-guide-" + suffix();
        Map<String, Object> v1 = content("登记事项检查");
        v1.put("guideline", Map.of("text", "先核对营业执照，再实地核查住所", "attachments", List.of(Map.of(
                "name", "检查表.docx", "uri", "https://example.gov.cn/guide/check.docx", "sha256", "ab".repeat(32)))));
        assertThat(call(HttpMethod.POST, "/api/registry/items", Map.of("id", id, "departmentId", "bd-amr",
                "content", v1), null).get("status")).isEqualTo(201);
        assertThat(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions/1/publish", null, null)
                .get("status")).isEqualTo(200);
        Map<String, Object> badHash = content("登记事项检查（2）");
        badHash.put("guideline", Map.of("text", "新指引", "attachments", List.of(Map.of("name", "表", "uri", "u",
                "sha256", "xyz"))));
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions", badHash, null), 422,
                "ITEM_GUIDELINE_INVALID");
        Map<String, Object> v2 = content("登记事项检查（2）");
        v2.put("guideline", Map.of("text", "新版指引：增加年报核查"));
        assertThat(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions", v2, null).get("status"))
                .isIn(200, 201);
        String item = (String) get("/api/registry/items/" + id).get("body");
        assertThat(item).contains("\"publishedVersion\":1").contains("先核对营业执照，再实地核查住所")
                .contains("检查表.docx").contains("ab".repeat(32)).contains("新版指引：增加年报核查");
    }

    @Test
    void regionsDepartmentsItemsClaimsJointListsAndDemoData() {
        // regions
        assertThat((String) get("/api/registry/regions/130634").get("body")).contains("曲阳县").contains("130600");
        assertThat((String) get("/api/registry/regions/130600/children").get("body")).contains("130634", "130682");
        assertThat(get("/api/registry/regions/139999").get("status")).isEqualTo(404);

        // department with an unknown region code (platform admins register departments)
        as = TestTokens.admin();
        var badRegion = call(HttpMethod.POST, "/api/registry/departments", Map.of("id", "x-" + suffix(),
                "name", "某局", "type", "MARKET_REGULATION", "level", "COUNTY", "regionCode", "139999"), null);
        assertThat(badRegion.get("status")).isEqualTo(422);
        assertThat((String) badRegion.get("body")).contains("\"code\":\"REGION_CODE_UNKNOWN\"")
                .contains("\"field\":\"regionCode\"");

        // demo departments and items (idempotent: second run adds nothing)
        int catalogue = DemoItemsTestRunner.run(context);
        DemoItemsTestRunner.run(context);
        assertThat(catalogue).isGreaterThanOrEqualTo(250);
        assertThat((String) get("/api/registry/departments/qy-amr/ancestors").get("body")).contains("bd-amr");
        String amrPage = (String) get("/api/registry/items?departmentId=qy-amr&publishedOnly=true&limit=500").get("body");
        assertThat(amrPage).contains("item-qy-amr-001").contains("\"nextAfter\":null");
        String claimedPage = (String) get("/api/registry/items?departmentId=qy-amr&includeClaimed=true&limit=500")
                .get("body");
        assertThat(claimedPage).contains("item-bd-amr-");
        assertThat((String) get("/api/registry/joint-item-lists/joint-qy-2024-01").get("body"))
                .contains("qy-psb", "qy-cult", "旅馆业治安管理检查");
        var firstPage = (String) get("/api/registry/items?departmentId=qy-amr&limit=2").get("body");
        assertThat(firstPage).contains("\"nextAfter\":\"item-qy-amr-002\"");
        assertThat((String) get("/api/registry/items?departmentId=qy-amr&limit=2&after=item-qy-amr-002").get("body"))
                .contains("item-qy-amr-003").doesNotContain("\"id\":\"item-qy-amr-002\"");

        // life cycle of a new item of the city department, by its registry clerk
        as = TestTokens.clerk("bd-amr");
        String id = "item-it-" + suffix();
        var drafted = call(HttpMethod.POST, "/api/registry/items",
                Map.of("id", id, "departmentId", "bd-amr", "content", content("登记事项检查")), null);
        assertThat(drafted.get("status")).isEqualTo(201);
        assertThat(drafted.get("etag")).isEqualTo("\"0\"");
        var edited = call(HttpMethod.PUT, "/api/registry/items/" + id + "/versions/1", content("登记事项检查（修订）"), "\"0\"");
        assertThat(edited.get("status")).isEqualTo(200);
        var stale = call(HttpMethod.POST, "/api/registry/items/" + id + "/versions/1/publish", null, "\"0\"");
        assertThat(stale.get("status")).isEqualTo(412);
        var published = call(HttpMethod.POST, "/api/registry/items/" + id + "/versions/1/publish", null, null);
        assertThat(published.get("status")).isEqualTo(200);
        assertThat((String) published.get("body")).contains("\"publishedVersion\":1");
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions/1/publish", null, null), 409,
                "ITEM_ALREADY_PUBLISHED");
        assertCode(call(HttpMethod.PUT, "/api/registry/items/" + id + "/versions/1", content("偷改"), null), 409,
                "ITEM_VERSION_IMMUTABLE");
        as = TestTokens.clerk("qy-psb");
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/claims", Map.of("departmentId", "qy-psb"), null),
                409, "ITEM_CLAIM_NOT_FROM_ABOVE");
        as = TestTokens.clerk("qy-amr");
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/claims", Map.of("departmentId", "qy-psb"), null),
                403, "FORBIDDEN");
        assertThat(call(HttpMethod.POST, "/api/registry/items/" + id + "/claims", Map.of("departmentId", "qy-amr"), null)
                .get("status")).isEqualTo(201);
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions", content("他部门改"), null), 403,
                "FORBIDDEN");
        as = TestTokens.clerk("bd-amr");
        assertThat(call(HttpMethod.POST, "/api/registry/items/" + id + "/versions", content("登记事项检查（2025 版）"), null)
                .get("status")).isEqualTo(201);
        var v2 = call(HttpMethod.POST, "/api/registry/items/" + id + "/versions/2/publish", null, null);
        assertThat((String) v2.get("body")).contains("\"publishedVersion\":2").contains("\"status\":\"SUPERSEDED\"");
        assertCode(call(HttpMethod.POST, "/api/registry/items/" + id + "/withdraw", Map.of("reason", ""), null), 400,
                "NOT_BLANK");
        assertThat(call(HttpMethod.POST, "/api/registry/items/" + id + "/withdraw", Map.of("reason", "法规废止"), null)
                .get("status")).isEqualTo(200);
        assertCode(call(HttpMethod.POST, "/api/registry/items/nope-" + suffix() + "/withdraw",
                Map.of("reason", "x"), null), 404, "ITEM_NOT_FOUND");
        as = TestTokens.clerk("qy-amr");
        assertCode(call(HttpMethod.POST, "/api/registry/joint-item-lists", Map.of("id", "j-" + suffix(), "name", "x",
                "initiatingDepartmentId", "qy-amr", "departmentIds", List.of("qy-psb"),
                "items", List.of(Map.of("departmentId", "qy-amr", "itemId", "item-qy-amr-001"),
                        Map.of("departmentId", "qy-psb", "itemId", id))), null), 422, "JOINT_LIST_ITEM_NOT_OF_DEPARTMENT");

        // events on the items topic, in order
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pendingCount() == 0);
        List<String> types = readTypes(Topics.REGISTRY_ITEMS, id, 4);
        assertThat(types).containsExactly("ssj.registry.InspectionItemPublished", "ssj.registry.InspectionItemClaimed",
                "ssj.registry.InspectionItemPublished", "ssj.registry.InspectionItemWithdrawn");
        // the demo joint list has a fixed id, so earlier runs on the shared topic may have published it too
        assertThat(readTypes(Topics.REGISTRY_ITEMS, "joint-qy-2024-01", 1))
                .isNotEmpty().containsOnly("ssj.registry.JointItemListPublished");
    }

    @Test
    void tagsStayAcyclicAndExpertRelationsAreMaskedForAllButTheDepartmentAdministrator() {
        DemoItemsTestRunner.run(context);
        as = TestTokens.clerk("qy-amr");
        String root = "t" + suffix();
        String child = root + ".child";
        assertThat(call(HttpMethod.POST, "/api/registry/tags", Map.of("code", root, "name", "特种设备",
                "targets", List.of("EXPERT", "INSPECTOR")), null).get("status")).isEqualTo(201);
        assertThat(call(HttpMethod.POST, "/api/registry/tags", Map.of("code", child, "name", "压力容器",
                "parent", root, "targets", List.of("EXPERT")), null).get("status")).isEqualTo(201);
        assertCode(call(HttpMethod.PUT, "/api/registry/tags/" + root, Map.of("name", "特种设备", "parent", child,
                "targets", List.of("EXPERT")), null), 409, "TAG_CYCLE");
        assertCode(call(HttpMethod.POST, "/api/registry/tags", Map.of("code", root + "x", "name", "x",
                "parent", "nope" + suffix(), "targets", List.of("ENTITY")), null), 422, "TAG_PARENT_NOT_FOUND");
        assertThat((String) get("/api/registry/tags?parent=" + root).get("body")).contains(child);

        String id = "exp-" + suffix();
        Map<String, Object> expert = new HashMap<>(Map.of("id", id, "name", "李建国",
                "organisation", "河北省特种设备监督检验研究院", "departmentId", "qy-amr",
                "specialties", List.of("特种设备"), "tags", List.of(child), "phone", "13803121234",
                "relations", List.of(Map.of("kind", "SPOUSE", "personName", "王秀兰",
                        "idNumber", "13063419800101002X"))));
        assertThat(call(HttpMethod.POST, "/api/registry/experts", expert, null).get("status")).isEqualTo(201);
        expert.put("id", "exp-" + suffix());
        expert.put("tags", List.of("unknown" + suffix()));
        assertCode(call(HttpMethod.POST, "/api/registry/experts", expert, null), 422, "TAG_UNKNOWN");

        as = TestTokens.bearer("qy-amr", "PLANNER");
        String anonymous = (String) get("/api/registry/experts/" + id).get("body");
        assertThat(anonymous).contains("王**").contains("138****1234").doesNotContain("王秀兰")
                .doesNotContain("13063419800101002X");
        as = TestTokens.clerk("qy-amr");
        String admin = (String) get("/api/registry/experts/" + id).get("body");
        assertThat(admin).contains("王秀兰").contains("13063419800101002X").contains("\"personalDataVisible\":true");
        as = TestTokens.clerk("qy-psb");
        String otherAdmin = (String) get("/api/registry/experts/" + id).get("body");
        assertThat(otherAdmin).doesNotContain("王秀兰");
        String list = (String) get("/api/registry/experts?departmentId=qy-amr&tag=" + child).get("body");
        assertThat(list).contains(id).contains("\"relations\":null").doesNotContain("王秀兰");
        assertCode(call(HttpMethod.PUT, "/api/registry/experts/" + id, expert, null), 403, "FORBIDDEN");

        // the owning clerk edits with the masked values it was shown to others: the stored ones stay
        as = TestTokens.bearer("qy-amr", "PLANNER");
        String masked = (String) get("/api/registry/experts/" + id).get("body");
        Map<String, Object> echo = new HashMap<>(expert);
        echo.put("id", id);
        echo.put("tags", List.of(child));
        echo.put("phone", "138****1234");
        echo.put("relations", List.of(Map.of("kind", "SPOUSE", "personName", "王**",
                "idNumber", masked.replaceAll(".*\"idNumber\":\"([^\"]+)\".*", "$1"))));
        as = TestTokens.clerk("qy-amr");
        assertThat(call(HttpMethod.PUT, "/api/registry/experts/" + id, echo, null).get("status")).isEqualTo(200);
        assertThat((String) get("/api/registry/experts/" + id).get("body")).contains("王秀兰")
                .contains("13063419800101002X").contains("13803121234");
    }

    private static void assertCode(Map<String, Object> response, int status, String code) {
        assertThat(response.get("status")).as(String.valueOf(response.get("body"))).isEqualTo(status);
        assertThat((String) response.get("body")).contains("\"code\":\"" + code + "\"");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> readTypes(String topic, String key, int expected) {
        return TopicProbe.readByKey(topic, key, expected).stream().map(r -> TopicProbe.header(r, "ce_type")).toList();
    }
}
