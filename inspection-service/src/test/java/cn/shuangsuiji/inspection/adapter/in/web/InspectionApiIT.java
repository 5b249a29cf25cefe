package cn.shuangsuiji.inspection.adapter.in.web;

import static cn.shuangsuiji.inspection.InspectionItSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.inspection.InspectionItSupport;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.application.usecase.ScanOverdue;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API against real MongoDB and Kafka with tokens as the identity provider issues them: the whole lifecycle,
 * idempotent retries, If-Match, every bad input of the issue with its stable code and nothing half-written,
 * corrections with and without the head's sign-off, attachments with hashes and Range reads, the archive, my tasks,
 * overdue lists and the public results.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class InspectionApiIT {

    static final String AMR = "qy-amr";
    static final String PSB = "qy-psb";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Instant NOTICE_TIME = Instant.now().minusSeconds(86_400);
    static final JwtRequestPostProcessor AMR_INSPECTOR = token("qy-amr-inspector", AMR, "amr-1", null, "INSPECTOR");
    static final JwtRequestPostProcessor AMR_INSPECTOR_2 = token("qy-amr-inspector2", AMR, "amr-2", null,
            "INSPECTOR");
    static final JwtRequestPostProcessor AMR_HEAD = token("qy-amr-head", AMR, null, null, "DEPARTMENT_HEAD");
    static final JwtRequestPostProcessor PSB_INSPECTOR = token("qy-psb-inspector", PSB, "psb-1", null, "INSPECTOR");
    static final JwtRequestPostProcessor JOINT = token("qy-joint", null, null, "130634", "JOINT_OFFICE");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) {
        InspectionItSupport.register(properties);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    InspectionRecords records;
    @Autowired
    ReferenceData reference;
    @Autowired
    ScanOverdue scan;
    @Autowired
    JsonMapper json;

    String entityId;
    String id;

    @BeforeEach
    void aRecordFromADraw() {
        reference.saveItem(new ItemDefinition("item-amr", 2, AMR, "营业执照检查", List.of("营业执照悬挂", "公示信息"),
                "条例", "ON_SITE", null));
        reference.saveItem(new ItemDefinition("item-psb", 1, PSB, "治安检查", List.of("登记簿"), "条例", "ON_SITE",
                List.of("合格", "不合格")));
        entityId = "e-" + UUID.randomUUID();
        String drawId = "draw-" + UUID.randomUUID();
        InspectionRecord record = InspectionRecord.open(InspectionId.of(drawId, entityId), drawId, "plan-1", "task-1",
                entityId, "曲阳县某某商贸有限公司", "91130634MA0000000X", AMR, "130634", TODAY.minusDays(20),
                PolicyTerms.DEFAULT, "amr-1", List.of(new TeamMember("amr-1", AMR), new TeamMember("amr-2", AMR),
                        new TeamMember("psb-1", PSB)),
                List.of(new cn.shuangsuiji.inspection.domain.record.ItemRef("item-amr", 2, AMR),
                        new cn.shuangsuiji.inspection.domain.record.ItemRef("item-psb", 1, PSB)),
                null, Who.system("test"), Instant.now());
        assertThat(records.insert(record)).isTrue();
        id = record.id().value();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A write to the joint record with the Idempotency-Key and the record's current ETag as If-Match. */
    MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder builder, Object body, String key) {
        return bare(builder, body, key).header("If-Match", "\"" + version() + "\"");
    }

    /** A write with the Idempotency-Key only. */
    MockHttpServletRequestBuilder bare(MockHttpServletRequestBuilder builder, Object body, String key) {
        return builder.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .header("Idempotency-Key", key);
    }

    String key() {
        return "k-" + UUID.randomUUID();
    }

    JsonNode ok(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    void problem(MockHttpServletRequestBuilder request, int status, String code) throws Exception {
        mvc.perform(request).andExpect(status().is(status))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.code").value(code));
    }

    String path(String department, String step) {
        return "/api/inspections/" + id + "/parts/" + department + "/" + step;
    }

    static Object notice() {
        return java.util.Map.of("announced", true, "noticeTime", NOTICE_TIME.toString(),
                "channel", "电话");
    }

    Object onSite(LocalDate date, List<String> present) {
        return java.util.Map.of("date", date.toString(), "inspectorsPresent", present, "credentialsShown", true);
    }

    static Object amrResults(String category) {
        return java.util.Map.of("items", List.of(java.util.Map.of("itemId", "item-amr", "subItems", List.of(
                        java.util.Map.of("subItem", "营业执照悬挂", "option", "NORMAL"),
                        java.util.Map.of("subItem", "公示信息", "option", "ABNORMAL", "note", "未公示2025年度年报")))),
                "category", category,
                "measures", List.of(java.util.Map.of("kind", "ORDER_CORRECTION", "note", "责令十日内改正")),
                "signature", java.util.Map.of("kind", "REFUSED", "explanation", "负责人拒绝签字，已录像"),
                "notes", "内部备注：联系人手机 13800000000");
    }

    long version() {
        return records.find(new InspectionId(id)).orElseThrow().version();
    }

    void checkedAndDrafted(String category) throws Exception {
        ok(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()));
        ok(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY, List.of("amr-1", "psb-1")),
                key()));
        ok(write(put(path(AMR, "draft")).with(AMR_INSPECTOR), amrResults(category), key()));
    }

    // ---- tests -------------------------------------------------------------------------------------------

    @Test
    void theWholeLifecycleRecordsAndPublishesOnlyThePublicPart() throws Exception {
        ok(write(post(path(AMR, "pre-check")).with(AMR_INSPECTOR), java.util.Map.of("notes", "已比对年报"), key()));
        checkedAndDrafted("PROBLEM_FOUND_CORRECTION_ORDERED");
        JsonNode submitted = ok(write(post(path(AMR, "submit")).with(AMR_INSPECTOR), java.util.Map.of(), key()));
        JsonNode part = submitted.get("parts").get(0);
        assertThat(part.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(part.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(part.get("dueDates").get("resultEntry").asString()).isNotBlank();
        assertThat(submitted.get("version").asLong()).isEqualTo(5);

        ConsumerRecord<String, String> event = TopicProbe.readOne(Topics.INSPECTION_RESULTS, id);
        assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("ssj.inspection.InspectionResultRecorded");
        JsonNode published = json.readTree(event.value());
        assertThat(published.get("entityName").asString()).isEqualTo("曲阳县某某商贸有限公司");
        assertThat(published.get("category").asString()).isEqualTo("PROBLEM_FOUND_CORRECTION_ORDERED");
        assertThat(published.get("items").get(0).get("checkProject").asString()).isEqualTo("营业执照检查");
        assertThat(event.value()).doesNotContain("13800000000").doesNotContain("未公示2025年度年报")
                .doesNotContain("拒绝签字").doesNotContain("qy-amr-inspector");

        // the PSB part, then the leader closes
        problem(write(post("/api/inspections/" + id + "/close").with(AMR_INSPECTOR), java.util.Map.of(), key()), 409,
                "PARTS_MISSING");
        ok(write(post(path(PSB, "notice")).with(PSB_INSPECTOR), java.util.Map.of("announced", false,
                "notAnnouncedReason", "治安检查不事先告知"), key()));
        ok(write(post(path(PSB, "on-site-check")).with(PSB_INSPECTOR), onSite(TODAY, List.of("amr-1", "psb-1")),
                key()));
        ok(write(put(path(PSB, "draft")).with(PSB_INSPECTOR), java.util.Map.of("items", List.of(java.util.Map.of(
                "itemId", "item-psb", "subItems", List.of(java.util.Map.of("subItem", "登记簿", "option", "合格")))),
                "category", "QUALIFIED", "signature", java.util.Map.of("kind", "SEALED")), key()));
        ok(write(post(path(PSB, "submit")).with(PSB_INSPECTOR), java.util.Map.of(), key()));
        problem(write(post("/api/inspections/" + id + "/close").with(PSB_INSPECTOR), java.util.Map.of(), key()), 403,
                "ONLY_LEADER_CLOSES");
        JsonNode closed = ok(write(post("/api/inspections/" + id + "/close").with(AMR_INSPECTOR), java.util.Map.of(),
                key()));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

        // follow-up on the AMR result
        ok(write(post(path(AMR, "follow-ups")).with(AMR_INSPECTOR), java.util.Map.of("kind", "RECTIFICATION_ORDERED",
                "date", TODAY.toString(), "dueDate", TODAY.plusDays(10).toString()), key()));
        List<ConsumerRecord<String, String>> events = TopicProbe.readByKey(Topics.INSPECTION_RESULTS, id, 3);
        assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).contains(
                "ssj.inspection.FollowUpRecorded");

        // the public sees the results
        mvc.perform(get("/api/public/inspections/entities/" + entityId + "/results"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].result.category").value("PROBLEM_FOUND_CORRECTION_ORDERED"));
    }

    @Test
    void aSubmissionWithItsFormKeepsTheDraftAndSubmitsInOneRequestAppliedOnce() throws Exception {
        ok(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()));
        ok(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY, List.of("amr-1", "psb-1")),
                key()));
        long checked = version();
        // an incomplete form is refused like an incomplete draft's submission, and nothing is written
        problem(write(post(path(AMR, "submit")).with(AMR_INSPECTOR), java.util.Map.of("items", List.of(
                java.util.Map.of("itemId", "item-amr", "subItems", List.of(java.util.Map.of("subItem", "营业执照悬挂",
                        "option", "NORMAL")))), "category", "NO_PROBLEM_FOUND",
                "signature", java.util.Map.of("kind", "SIGNED")), key()), 422, "RESULT_INCOMPLETE");
        assertThat(version()).as("nothing half-written").isEqualTo(checked);

        String key = key();
        MvcResult first = mvc.perform(write(post(path(AMR, "submit")).with(AMR_INSPECTOR),
                amrResults("PROBLEM_FOUND_CORRECTION_ORDERED"), key)).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "false")).andReturn();
        JsonNode part = json.readTree(first.getResponse().getContentAsString()).get("parts").get(0);
        assertThat(part.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(part.get("current").get("form").get("category").asString())
                .isEqualTo("PROBLEM_FOUND_CORRECTION_ORDERED");
        assertThat(version()).as("draft and submission: one version").isEqualTo(checked + 1);
        // a retry over a bad connection (same key, same form, the If-Match it sent before) gets the same answer
        mvc.perform(bare(post(path(AMR, "submit")).with(AMR_INSPECTOR), amrResults("PROBLEM_FOUND_CORRECTION_ORDERED"),
                        key).header("If-Match", "\"" + checked + "\"")).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(content().string(first.getResponse().getContentAsString()));
        assertThat(version()).as("applied once").isEqualTo(checked + 1);
        ConsumerRecord<String, String> event = TopicProbe.readOne(Topics.INSPECTION_RESULTS, id);
        assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("ssj.inspection.InspectionResultRecorded");
        assertThat(event.value()).contains("PROBLEM_FOUND_CORRECTION_ORDERED").doesNotContain("13800000000");
        // submitted: a second form is the edit of a submitted result (a correction is the way)
        problem(write(post(path(AMR, "submit")).with(AMR_INSPECTOR), amrResults("NO_PROBLEM_FOUND"), key()), 409,
                "RESULT_ALREADY_SUBMITTED");
    }

    @Test
    void aRetriedWriteIsAppliedOnceAndAReusedKeyWithAnotherBodyIsRefused() throws Exception {
        String key = key();
        MvcResult first = mvc.perform(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key))
                .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed", "false")).andReturn();
        long after = version();
        MvcResult retry = mvc.perform(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key))
                .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed", "true")).andReturn();
        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("ETag")).isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(version()).as("applied once").isEqualTo(after);
        problem(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), java.util.Map.of("announced", false,
                "notAnnouncedReason", "改为不告知"), key), 422, "IDEMPOTENCY_KEY_REUSED");
        mvc.perform(post(path(AMR, "notice")).with(AMR_INSPECTOR).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(notice()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REQUEST_PARAMETER_MISSING"));
    }

    @Test
    void aJointRecordIsWrittenOnlyWithIfMatchAndAStaleOneIsRefused() throws Exception {
        MvcResult read = mvc.perform(get("/api/inspections/" + id).with(AMR_INSPECTOR)).andExpect(status().isOk())
                .andReturn();
        String etag = read.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        // two departments edit this record: a write without If-Match is refused and changes nothing
        problem(bare(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()), 428, "PRECONDITION_REQUIRED");
        problem(bare(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()).header("If-Match", "*"), 428,
                "PRECONDITION_REQUIRED");
        assertThat(version()).isZero();
        // a caller who may not write hears 403, not 428
        problem(bare(post(path(AMR, "notice")).with(PSB_INSPECTOR), notice(), key()), 403,
                "PART_OF_ANOTHER_DEPARTMENT");

        String key = key();
        ok(bare(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key).header("If-Match", etag));
        problem(bare(post(path(PSB, "notice")).with(PSB_INSPECTOR), notice(), key()).header("If-Match", etag), 412,
                "RECORD_VERSION_MISMATCH");
        // the retried AMR request (same key, same If-Match, now stale) gets its stored answer, not 412
        mvc.perform(bare(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key).header("If-Match", etag))
                .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(header().string("ETag", "\"1\""));
        ok(bare(post(path(PSB, "notice")).with(PSB_INSPECTOR), notice(), key()).header("If-Match", "\"1\""));
        assertThat(version()).isEqualTo(2);
    }

    @Test
    void departmentsWritingTheirPartsAtOnceLoseNoUpdateWhenTheyReReadOn412() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JwtRequestPostProcessor who = i % 2 == 0 ? AMR_INSPECTOR : PSB_INSPECTOR;
            String department = i % 2 == 0 ? AMR : PSB;
            String notes = "预查 " + i;
            answers.add(pool.submit(() -> {
                String key = key();
                for (int attempt = 0; attempt < 50; attempt++) {
                    String etag = mvc.perform(get("/api/inspections/" + id).with(who)).andReturn().getResponse()
                            .getHeader("ETag");
                    int status = mvc.perform(bare(post(path(department, "pre-check")).with(who),
                            java.util.Map.of("notes", notes), key).header("If-Match", etag)).andReturn()
                            .getResponse().getStatus();
                    if (status != 412 && status != 409) {
                        return status;
                    }
                }
                return -1;
            }));
        }
        for (java.util.concurrent.Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(version()).isEqualTo(6);
    }

    @Test
    void badInputIsRefusedWithAStableCodeAndNothingHalfWritten() throws Exception {
        problem(write(post(path(AMR, "notice")), notice(), key()), 401, "UNAUTHENTICATED");
        problem(write(post("/api/inspections/ins-unknown/parts/qy-amr/notice").with(AMR_INSPECTOR), notice(), key()),
                404, "INSPECTION_NOT_FOUND");
        problem(write(post(path(PSB, "notice")).with(AMR_INSPECTOR), notice(), key()), 403,
                "PART_OF_ANOTHER_DEPARTMENT");
        problem(write(post(path(AMR, "notice")).with(token("qy-amr-inspector9", AMR, "amr-9", null, "INSPECTOR")),
                notice(), key()), 403, "NOT_ON_TEAM");
        ok(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()));
        long before = version();
        problem(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY.plusDays(1),
                List.of("amr-1", "amr-2")), key()), 422, "CHECK_DATE_IN_FUTURE");
        problem(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY.minusDays(30),
                List.of("amr-1", "amr-2")), key()), 422, "CHECK_DATE_BEFORE_DRAW");
        problem(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY, List.of("amr-1")), key()),
                422, "TOO_FEW_INSPECTORS");
        assertThat(version()).as("nothing written").isEqualTo(before);
        ok(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY, List.of("amr-1", "amr-2")),
                key()));
        mvc.perform(write(put(path(AMR, "draft")).with(AMR_INSPECTOR), java.util.Map.of("items", List.of(
                java.util.Map.of("itemId", "item-amr", "subItems", List.of(java.util.Map.of("subItem", "不存在",
                        "option", "NORMAL"), java.util.Map.of("subItem", "公示信息", "option", "合格"))))), key()))
                .andExpect(status().is(422)).andExpect(jsonPath("$.code").value("SUB_ITEM_UNKNOWN"))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].subItems[0].subItem"))
                .andExpect(jsonPath("$.errors[1].code").value("OPTION_NOT_ALLOWED"));
        problem(write(put(path(AMR, "draft")).with(AMR_INSPECTOR), java.util.Map.of("signature",
                java.util.Map.of("kind", "REFUSED")), key()), 422, "REFUSAL_EXPLANATION_REQUIRED");
        ok(write(put(path(AMR, "draft")).with(AMR_INSPECTOR), amrResults("NO_PROBLEM_FOUND"), key()));
        ok(write(post(path(AMR, "submit")).with(AMR_INSPECTOR), java.util.Map.of(), key()));
        problem(write(put(path(AMR, "draft")).with(AMR_INSPECTOR), amrResults("UNQUALIFIED"), key()), 409,
                "RESULT_ALREADY_SUBMITTED");
    }

    @Test
    void aCorrectionTakesEffectOnlyWithTheHeadsSignOff() throws Exception {
        checkedAndDrafted("NO_PROBLEM_FOUND");
        ok(write(post(path(AMR, "submit")).with(AMR_INSPECTOR), java.util.Map.of(), key()));
        ok(write(post(path(AMR, "corrections")).with(AMR_INSPECTOR), java.util.Map.of("form",
                amrResults("PROBLEM_FOUND_CORRECTION_ORDERED"), "reason", "录入时选错结果类别"), key()));
        problem(write(post(path(AMR, "corrections/sign-off")).with(AMR_INSPECTOR_2), java.util.Map.of(), key()), 403,
                "FORBIDDEN");
        problem(write(post(path(AMR, "corrections/sign-off")).with(token("qy-psb-head", PSB, null, null,
                "DEPARTMENT_HEAD")), java.util.Map.of(), key()), 403, "PART_OF_ANOTHER_DEPARTMENT");
        JsonNode pending = ok(get("/api/inspections/" + id).with(AMR_HEAD));
        assertThat(pending.get("parts").get(0).get("current").get("version").asInt()).isEqualTo(1);
        JsonNode signed = ok(write(post(path(AMR, "corrections/sign-off")).with(AMR_HEAD), java.util.Map.of(), key()));
        JsonNode part = signed.get("parts").get(0);
        assertThat(part.get("versions").size()).isEqualTo(2);
        assertThat(part.get("current").get("signedOffBy").asString()).isEqualTo("qy-amr-head");
        List<ConsumerRecord<String, String>> events = TopicProbe.readByKey(Topics.INSPECTION_RESULTS, id, 2);
        ConsumerRecord<String, String> corrected = events.stream().filter(r -> "ssj.inspection.InspectionResultCorrected"
                .equals(TopicProbe.header(r, "ce_type"))).findFirst().orElseThrow();
        JsonNode body = json.readTree(corrected.value());
        assertThat(body.get("newVersion").asInt()).isEqualTo(2);
        assertThat(body.get("reason").asString()).isEqualTo("录入时选错结果类别");
        assertThat(body.get("earlier").get("category").asString()).isEqualTo("NO_PROBLEM_FOUND");
        mvc.perform(get("/api/public/inspections/entities/" + entityId + "/results"))
                .andExpect(jsonPath("$[0].result.version").value(2))
                .andExpect(jsonPath("$[0].correctionReason").value("录入时选错结果类别"));
    }

    @Test
    void attachmentsAreHashedSniffedLimitedAndReadByRange() throws Exception {
        byte[] photo = new byte[50_000];
        new java.util.Random(7).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        String key = key();
        MvcResult uploaded = mvc.perform(post("/api/inspections/" + id + "/attachments?name=门店照片.jpg&latitude=38.6"
                        + "&longitude=114.7").with(PSB_INSPECTOR).header("Idempotency-Key", key)
                        .contentType(MediaType.TEXT_PLAIN).content(photo))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.mimeType").value("image/jpeg"))
                .andExpect(jsonPath("$.size").value(photo.length)).andReturn();
        String attachmentId = json.readTree(uploaded.getResponse().getContentAsString()).get("attachmentId")
                .asString();
        mvc.perform(post("/api/inspections/" + id + "/attachments?name=门店照片.jpg&latitude=38.6&longitude=114.7")
                        .with(PSB_INSPECTOR).header("Idempotency-Key", key).content(photo))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"));
        assertThat(records.find(new InspectionId(id)).orElseThrow().attachments()).singleElement()
                .satisfies(a -> assertThat(a.sha256()).isEqualTo(sha));

        MvcResult range = mvc.perform(get("/api/inspections/" + id + "/attachments/" + attachmentId)
                        .with(AMR_INSPECTOR).header("Range", "bytes=1000-1099"))
                .andExpect(status().isPartialContent()).andReturn();
        assertThat(range.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(photo, 1000, 1100));
        assertThat(range.getResponse().getHeader("Content-Range")).isEqualTo("bytes 1000-1099/" + photo.length);
        MvcResult whole = mvc.perform(get("/api/inspections/" + id + "/attachments/" + attachmentId)
                .with(AMR_INSPECTOR)).andExpect(status().isOk()).andReturn();
        assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(photo);
        assertThat(whole.getResponse().getHeader("X-Content-SHA256")).isEqualTo(sha);

        problem(post("/api/inspections/" + id + "/attachments?name=a.txt").with(PSB_INSPECTOR)
                .header("Idempotency-Key", key()).contentType(MediaType.IMAGE_JPEG)
                .content("plain text pretending".getBytes()), 422, "ATTACHMENT_TYPE_REFUSED");
        problem(post("/api/inspections/" + id + "/attachments?name=form.jpg").with(PSB_INSPECTOR)
                .header("Idempotency-Key", key()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(photo),
                415, "MEDIA_TYPE_UNSUPPORTED");
        byte[] big = Arrays.copyOf(photo, 300_001);
        problem(post("/api/inspections/" + id + "/attachments?name=big.jpg").with(PSB_INSPECTOR)
                .header("Idempotency-Key", key()).content(big), 422, "ATTACHMENT_TOO_LARGE");
        assertThat(records.find(new InspectionId(id)).orElseThrow().attachments()).hasSize(1);

        // unreachable at the registered address, with the photo as evidence
        JsonNode unreachable = ok(write(post(path(PSB, "unreachable")).with(PSB_INSPECTOR), java.util.Map.of("date",
                TODAY.toString(), "evidence", List.of(attachmentId), "explanation", "登记住所已空置"), key()));
        assertThat(unreachable.get("parts").get(1).get("current").get("form").get("category").asString())
                .isEqualTo("UNREACHABLE_AT_REGISTERED_ADDRESS");

        // the archive: record, files and a manifest of hashes
        MvcResult started = mvc.perform(get("/api/inspections/" + id + "/archive").with(AMR_INSPECTOR))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult zipped = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        JsonNode manifest = null;
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                zipped.getResponse().getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files++;
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    manifest = json.readTree(content);
                }
            }
        }
        assertThat(files).isEqualTo(3);
        assertThat(manifest).isNotNull();
        assertThat(manifest.get("files").get(1).get("sha256").asString()).isEqualTo(sha);
        assertThat(manifest.get("files").get(1).get("matchesRecord").asBoolean()).isTrue();
    }

    @Test
    void theOpenApiDocumentListsTheInspectionPaths() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/inspections/{id}/parts/{departmentId}/submit", "/api/inspections/my-tasks",
                "/api/inspections/{id}/attachments/{attachmentId}", "/api/inspections/overdue/joint-office",
                "/api/public/inspections/entities/{entityId}/results");
    }

    @Test
    void nonCooperationNeedsEvidence() throws Exception {
        problem(write(post(path(AMR, "non-cooperation")).with(AMR_INSPECTOR), java.util.Map.of("nonCooperation",
                "OBSTRUCTED_ENTRY", "date", TODAY.toString(), "evidence", List.of()), key()), 422, "EVIDENCE_REQUIRED");
        problem(write(post(path(AMR, "non-cooperation")).with(AMR_INSPECTOR), java.util.Map.of("date",
                TODAY.toString(), "evidence", List.of("x")), key()), 422, "NON_COOPERATION_CASE_REQUIRED");
    }

    @Test
    void myTasksOverdueListsAndTheScan() throws Exception {
        mvc.perform(get("/api/inspections/my-tasks").with(AMR_INSPECTOR_2)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/inspections/my-tasks").with(token("x", AMR, "amr-99", null, "INSPECTOR")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        ok(write(post(path(AMR, "notice")).with(AMR_INSPECTOR), notice(), key()));
        ok(write(post(path(AMR, "on-site-check")).with(AMR_INSPECTOR), onSite(TODAY, List.of("amr-1", "amr-2")),
                key()));
        int missed = scan.execute(Actor.system("test"), TODAY.plusDays(60));
        assertThat(missed).isGreaterThanOrEqualTo(2);
        assertThat(records.find(new InspectionId(id)).orElseThrow().partOf(AMR).orElseThrow().overdue())
                .extracting(f -> f.kind().name()).containsExactlyInAnyOrder("RESULT_ENTRY", "RESULT_PUBLICATION");
        mvc.perform(get("/api/inspections/overdue?departmentId=qy-amr").with(AMR_HEAD)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].parts[0].overdue[0]").value("RESULT_ENTRY"));
        problem(get("/api/inspections/overdue?departmentId=qy-amr").with(PSB_INSPECTOR), 403, "FORBIDDEN");
        mvc.perform(get("/api/inspections/overdue/joint-office").with(JOINT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        List<ConsumerRecord<String, String>> events = TopicProbe.readByKey(Topics.INSPECTION_RESULTS, id, 2);
        JsonNode overdue = json.readTree(events.get(0).value());
        assertThat(TopicProbe.header(events.get(0), "ce_type")).isEqualTo("ssj.inspection.InspectionOverdue");
        assertThat(overdue.get("countsAsNotDone").asBoolean()).isTrue();
        assertThat(overdue.get("jointOfficeId").asString()).isEqualTo("130634");
    }
}
