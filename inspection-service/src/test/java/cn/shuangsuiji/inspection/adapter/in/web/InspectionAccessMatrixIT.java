package cn.shuangsuiji.inspection.adapter.in.web;

import static cn.shuangsuiji.inspection.InspectionItSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.inspection.InspectionItSupport;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * 部门隔离矩阵 (issue 8 item 5) — every mutating endpoint of the inspection service and every endpoint that returns
 * non-public data (the record, my tasks, attachments, the archive, overdue lists, the audit trail) × {anonymous,
 * other department, wrong role, right role} → the expected status and problem code, against the real MongoDB with
 * verified tokens as spring-security-test builds them. Each row gets a joint record of its own (qy-amr leads with
 * inspectors amr-1 and amr-2, qy-psb joins with psb-1), brought to the state the endpoint needs through the API.
 * The right-role rows reach the use case: they answer 2xx, or a business 4xx that is not 401/403.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionAccessMatrixIT {

    static final String AMR = "qy-amr";
    static final String PSB = "qy-psb";
    static final String EMG = "qy-emg";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static final RequestPostProcessor ANONYMOUS = null;
    static final RequestPostProcessor INSPECTOR_AMR = token("qy-amr-inspector", AMR, "amr-1", null, "INSPECTOR");
    static final RequestPostProcessor INSPECTOR_AMR_2 = token("qy-amr-inspector2", AMR, "amr-2", null, "INSPECTOR");
    static final RequestPostProcessor INSPECTOR_NO_ID = token("qy-amr-inspector0", AMR, null, null, "INSPECTOR");
    static final RequestPostProcessor INSPECTOR_PSB = token("qy-psb-inspector", PSB, "psb-1", null, "INSPECTOR");
    static final RequestPostProcessor INSPECTOR_EMG = token("qy-emg-inspector", EMG, "emg-1", null, "INSPECTOR");
    static final RequestPostProcessor HEAD_AMR = token("qy-amr-head", AMR, null, null, "DEPARTMENT_HEAD");
    static final RequestPostProcessor HEAD_PSB = token("qy-psb-head", PSB, null, null, "DEPARTMENT_HEAD");
    static final RequestPostProcessor HEAD_EMG = token("qy-emg-head", EMG, null, null, "DEPARTMENT_HEAD");
    static final RequestPostProcessor PLANNER_AMR = token("qy-amr-planner", AMR, null, null, "PLANNER");
    static final RequestPostProcessor WITNESS_AMR = token("qy-amr-witness", AMR, null, null, "WITNESS");
    static final RequestPostProcessor JOINT = token("qy-joint", "qy-joint", null, "130634", "JOINT_OFFICE");
    static final RequestPostProcessor JOINT_ELSEWHERE = token("ls-joint", "ls-joint", null, "130632",
            "JOINT_OFFICE");
    static final RequestPostProcessor JOINT_NO_JURISDICTION = token("x-joint", "x-joint", null, null,
            "JOINT_OFFICE");

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
    JsonMapper json;

    @BeforeAll
    void items() {
        reference.saveItem(new ItemDefinition("item-amr", 2, AMR, "营业执照检查", List.of("营业执照悬挂", "公示信息"),
                "条例", "ON_SITE", null));
        reference.saveItem(new ItemDefinition("item-psb", 1, PSB, "治安检查", List.of("登记簿"), "条例", "ON_SITE",
                List.of("合格", "不合格")));
    }

    /** The states a row's record starts in, each one step further along qy-amr's part (ATTACHED: qy-psb's photo). */
    enum Start { FRESH, NOTICED, CHECKED, DRAFTED, SUBMITTED, CORRECTING, ATTACHED }

    /**
     * One row of the matrix.
     *
     * @param name   what the row shows
     * @param start  the state prepared before the call
     * @param method HTTP method
     * @param path   path; {@code {id}} is the record, {@code {att}} an attachment of it, {@code {entity}} its entity
     * @param body   JSON body ({@code {att}} filled in), {@code "<photo>"} for a JPEG upload, or null
     * @param caller the caller, {@code null} for anonymous
     * @param status expected status
     * @param code   expected problem code, or null
     */
    record Row(String name, Start start, String method, String path, String body, RequestPostProcessor caller,
               int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        String rec = "/api/inspections/{id}";
        String amr = rec + "/parts/" + AMR;
        String psb = rec + "/parts/" + PSB;
        String preCheck = "{\"notes\":\"已比对年报\"}";
        String notice = "{\"announced\":true,\"noticeTime\":\"" + Instant.now().minusSeconds(86_400)
                + "\",\"channel\":\"电话\"}";
        String onSite = "{\"date\":\"" + TODAY + "\",\"inspectorsPresent\":[\"amr-1\",\"amr-2\"],"
                + "\"credentialsShown\":true}";
        String form = "{\"items\":[{\"itemId\":\"item-amr\",\"subItems\":[{\"subItem\":\"营业执照悬挂\","
                + "\"option\":\"NORMAL\"},{\"subItem\":\"公示信息\",\"option\":\"NORMAL\"}]}],"
                + "\"category\":\"NO_PROBLEM_FOUND\",\"signature\":{\"kind\":\"SEALED\"}}";
        String correction = "{\"form\":" + corrected(form)
                + ",\"reason\":\"录入时选错结果类别\"}";
        String nonCooperation = "{\"nonCooperation\":\"OBSTRUCTED_ENTRY\",\"date\":\"" + TODAY
                + "\",\"evidence\":[\"{att}\"]}";
        String unreachable = "{\"date\":\"" + TODAY + "\",\"evidence\":[\"{att}\"],\"explanation\":\"登记住所已空置\"}";
        String reason = "{\"reason\":\"更正理由不充分\"}";
        String followUp = "{\"kind\":\"RECTIFICATION_ORDERED\",\"date\":\"" + TODAY + "\",\"dueDate\":\""
                + TODAY.plusDays(10) + "\"}";
        String upload = rec + "/attachments?name=photo.jpg";
        String download = rec + "/attachments/{att}";
        String archive = rec + "/archive";
        String overdue = "/api/inspections/overdue?departmentId=" + AMR;
        String jointOverdue = "/api/inspections/overdue/joint-office";
        String scan = "/api/inspections/overdue/scan";
        String audit = "/api/inspections/audit";
        return Stream.of(
                // 预查 pre-check
                row("pre-check: anonymous", Start.FRESH, "POST", amr + "/pre-check", preCheck, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("pre-check: inspector of an uninvolved department", Start.FRESH, "POST", amr + "/pre-check",
                        preCheck, INSPECTOR_EMG, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("pre-check: inspector of the joining department on the leader's part", Start.FRESH, "POST",
                        amr + "/pre-check", preCheck, INSPECTOR_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("pre-check: head (wrong role)", Start.FRESH, "POST", amr + "/pre-check", preCheck, HEAD_AMR, 403,
                        "FORBIDDEN"),
                row("pre-check: inspector on the team", Start.FRESH, "POST", amr + "/pre-check", preCheck,
                        INSPECTOR_AMR, 200, null),
                // 告知 notice
                row("notice: anonymous", Start.FRESH, "POST", amr + "/notice", notice, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("notice: inspector of another department", Start.FRESH, "POST", amr + "/notice", notice,
                        INSPECTOR_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("notice: planner (wrong role)", Start.FRESH, "POST", amr + "/notice", notice, PLANNER_AMR, 403,
                        "FORBIDDEN"),
                row("notice: inspector on the team", Start.FRESH, "POST", amr + "/notice", notice, INSPECTOR_AMR, 200,
                        null),
                // 现场检查 on-site check
                row("on-site: anonymous", Start.NOTICED, "POST", amr + "/on-site-check", onSite, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("on-site: inspector of an uninvolved department", Start.NOTICED, "POST", amr + "/on-site-check",
                        onSite, INSPECTOR_EMG, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("on-site: head (wrong role)", Start.NOTICED, "POST", amr + "/on-site-check", onSite, HEAD_AMR,
                        403, "FORBIDDEN"),
                row("on-site: inspector on the team", Start.NOTICED, "POST", amr + "/on-site-check", onSite,
                        INSPECTOR_AMR, 200, null),
                // 结果草稿 draft
                row("draft: anonymous", Start.CHECKED, "PUT", amr + "/draft", form, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("draft: inspector of another department", Start.CHECKED, "PUT", amr + "/draft", form,
                        INSPECTOR_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("draft: head (wrong role)", Start.CHECKED, "PUT", amr + "/draft", form, HEAD_AMR, 403,
                        "FORBIDDEN"),
                row("draft: inspector on the team", Start.CHECKED, "PUT", amr + "/draft", form, INSPECTOR_AMR, 200,
                        null),
                // 提交 submit
                row("submit: anonymous", Start.DRAFTED, "POST", amr + "/submit", "{}", ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("submit: inspector of an uninvolved department", Start.DRAFTED, "POST", amr + "/submit", "{}",
                        INSPECTOR_EMG, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("submit: head (wrong role)", Start.DRAFTED, "POST", amr + "/submit", "{}", HEAD_AMR, 403,
                        "FORBIDDEN"),
                row("submit: inspector on the team", Start.DRAFTED, "POST", amr + "/submit", "{}", INSPECTOR_AMR, 200,
                        null),
                // 不配合 non-cooperation (on qy-psb's part, with its photo as evidence)
                row("non-cooperation: anonymous", Start.ATTACHED, "POST", psb + "/non-cooperation", nonCooperation,
                        ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("non-cooperation: inspector of another department", Start.ATTACHED, "POST",
                        psb + "/non-cooperation", nonCooperation, INSPECTOR_AMR, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("non-cooperation: head (wrong role)", Start.ATTACHED, "POST", psb + "/non-cooperation",
                        nonCooperation, HEAD_PSB, 403, "FORBIDDEN"),
                row("non-cooperation: inspector on the team", Start.ATTACHED, "POST", psb + "/non-cooperation",
                        nonCooperation, INSPECTOR_PSB, 200, null),
                // 查无下落 unreachable
                row("unreachable: anonymous", Start.ATTACHED, "POST", psb + "/unreachable", unreachable, ANONYMOUS,
                        401, "UNAUTHENTICATED"),
                row("unreachable: inspector of an uninvolved department", Start.ATTACHED, "POST",
                        psb + "/unreachable", unreachable, INSPECTOR_EMG, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("unreachable: planner (wrong role)", Start.ATTACHED, "POST", psb + "/unreachable", unreachable,
                        PLANNER_AMR, 403, "FORBIDDEN"),
                row("unreachable: inspector on the team", Start.ATTACHED, "POST", psb + "/unreachable", unreachable,
                        INSPECTOR_PSB, 200, null),
                // 更正 corrections: proposal, the head's sign-off or rejection
                row("propose correction: anonymous", Start.SUBMITTED, "POST", amr + "/corrections", correction,
                        ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("propose correction: inspector of another department", Start.SUBMITTED, "POST",
                        amr + "/corrections", correction, INSPECTOR_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("propose correction: planner (wrong role)", Start.SUBMITTED, "POST", amr + "/corrections",
                        correction, PLANNER_AMR, 403, "FORBIDDEN"),
                row("propose correction: inspector on the team", Start.SUBMITTED, "POST", amr + "/corrections",
                        correction, INSPECTOR_AMR, 200, null),
                row("sign off correction: anonymous", Start.CORRECTING, "POST", amr + "/corrections/sign-off", "{}",
                        ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("sign off correction: head of another department", Start.CORRECTING, "POST",
                        amr + "/corrections/sign-off", "{}", HEAD_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("sign off correction: inspector (wrong role)", Start.CORRECTING, "POST",
                        amr + "/corrections/sign-off", "{}", INSPECTOR_AMR_2, 403, "FORBIDDEN"),
                row("sign off correction: head of the department", Start.CORRECTING, "POST",
                        amr + "/corrections/sign-off", "{}", HEAD_AMR, 200, null),
                row("reject correction: anonymous", Start.CORRECTING, "POST", amr + "/corrections/reject", reason,
                        ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("reject correction: head of an uninvolved department", Start.CORRECTING, "POST",
                        amr + "/corrections/reject", reason, HEAD_EMG, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("reject correction: inspector (wrong role)", Start.CORRECTING, "POST",
                        amr + "/corrections/reject", reason, INSPECTOR_AMR, 403, "FORBIDDEN"),
                row("reject correction: head of the department", Start.CORRECTING, "POST",
                        amr + "/corrections/reject", reason, HEAD_AMR, 200, null),
                // 后续处置 follow-ups
                row("follow-up: anonymous", Start.SUBMITTED, "POST", amr + "/follow-ups", followUp, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("follow-up: inspector of another department", Start.SUBMITTED, "POST", amr + "/follow-ups",
                        followUp, INSPECTOR_PSB, 403, "PART_OF_ANOTHER_DEPARTMENT"),
                row("follow-up: planner (wrong role)", Start.SUBMITTED, "POST", amr + "/follow-ups", followUp,
                        PLANNER_AMR, 403, "FORBIDDEN"),
                row("follow-up: inspector on the team", Start.SUBMITTED, "POST", amr + "/follow-ups", followUp,
                        INSPECTOR_AMR, 200, null),
                // 办结 close
                row("close: anonymous", Start.FRESH, "POST", rec + "/close", "{}", ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("close: inspector of the joining department", Start.FRESH, "POST", rec + "/close", "{}",
                        INSPECTOR_PSB, 403, "ONLY_LEADER_CLOSES"),
                row("close: inspector of an uninvolved department", Start.FRESH, "POST", rec + "/close", "{}",
                        INSPECTOR_EMG, 403, "ONLY_LEADER_CLOSES"),
                row("close: planner (wrong role)", Start.FRESH, "POST", rec + "/close", "{}", PLANNER_AMR, 403,
                        "FORBIDDEN"),
                row("close: leader's inspector (reaches the rule: parts missing)", Start.FRESH, "POST",
                        rec + "/close", "{}", INSPECTOR_AMR, 409, "PARTS_MISSING"),
                // 附件 attachments: upload, download, archive
                row("upload: anonymous", Start.FRESH, "POST", upload, "<photo>", ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("upload: inspector of an uninvolved department", Start.FRESH, "POST", upload, "<photo>",
                        INSPECTOR_EMG, 403, "NOT_A_PARTICIPANT"),
                row("upload: planner (wrong role)", Start.FRESH, "POST", upload, "<photo>", PLANNER_AMR, 403,
                        "FORBIDDEN"),
                row("upload: inspector of a participating department", Start.FRESH, "POST", upload, "<photo>",
                        INSPECTOR_PSB, 201, null),
                row("download: anonymous", Start.ATTACHED, "GET", download, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("download: inspector of an uninvolved department", Start.ATTACHED, "GET", download, null,
                        INSPECTOR_EMG, 403, "FORBIDDEN"),
                row("download: joint office of another county", Start.ATTACHED, "GET", download, null,
                        JOINT_ELSEWHERE, 403, "FORBIDDEN"),
                row("download: witness of a participating department (wrong role)", Start.ATTACHED, "GET", download,
                        null, WITNESS_AMR, 403, "FORBIDDEN"),
                row("download: inspector of the other participating department", Start.ATTACHED, "GET", download,
                        null, INSPECTOR_AMR, 200, null),
                row("download: joint office of the county", Start.ATTACHED, "GET", download, null, JOINT, 200, null),
                row("archive: anonymous", Start.ATTACHED, "GET", archive, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("archive: head of an uninvolved department", Start.ATTACHED, "GET", archive, null, HEAD_EMG, 403,
                        "FORBIDDEN"),
                row("archive: witness of a participating department (wrong role)", Start.ATTACHED, "GET", archive,
                        null, WITNESS_AMR, 403, "FORBIDDEN"),
                row("archive: head of a participating department", Start.ATTACHED, "GET", archive, null, HEAD_AMR,
                        200, null),
                // 检查记录 the record
                row("record: anonymous", Start.FRESH, "GET", rec, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("record: head of an uninvolved department", Start.FRESH, "GET", rec, null, HEAD_EMG, 403,
                        "FORBIDDEN"),
                row("record: joint office of another county", Start.FRESH, "GET", rec, null, JOINT_ELSEWHERE, 403,
                        "FORBIDDEN"),
                row("record: witness of a participating department (wrong role)", Start.FRESH, "GET", rec, null,
                        WITNESS_AMR, 403, "FORBIDDEN"),
                row("record: inspector of the joining department", Start.FRESH, "GET", rec, null, INSPECTOR_PSB, 200,
                        null),
                row("record: joint office of the county", Start.FRESH, "GET", rec, null, JOINT, 200, null),
                row("record: inspector, unknown record (404, not 403)", Start.FRESH, "GET", "/api/inspections/ins-none",
                        null, INSPECTOR_AMR, 404, "INSPECTION_NOT_FOUND"),
                // 我的任务 my tasks
                row("my tasks: anonymous", Start.FRESH, "GET", "/api/inspections/my-tasks", null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("my tasks: head (wrong role)", Start.FRESH, "GET", "/api/inspections/my-tasks", null, HEAD_AMR,
                        403, "FORBIDDEN"),
                row("my tasks: inspector without an inspector id", Start.FRESH, "GET", "/api/inspections/my-tasks",
                        null, INSPECTOR_NO_ID, 403, "FORBIDDEN"),
                row("my tasks: inspector", Start.FRESH, "GET", "/api/inspections/my-tasks", null, INSPECTOR_AMR_2,
                        200, null),
                // 逾期 overdue lists and the scan
                row("overdue of a department: anonymous", Start.FRESH, "GET", overdue, null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("overdue of a department: head of another department", Start.FRESH, "GET", overdue, null,
                        HEAD_PSB, 403, "FORBIDDEN"),
                row("overdue of a department: witness (wrong role)", Start.FRESH, "GET", overdue, null, WITNESS_AMR,
                        403, "FORBIDDEN"),
                row("overdue of a department: head of the department", Start.FRESH, "GET", overdue, null, HEAD_AMR,
                        200, null),
                row("overdue of a joint office: anonymous", Start.FRESH, "GET", jointOverdue, null, ANONYMOUS, 401,
                        "UNAUTHENTICATED"),
                row("overdue of a joint office: head (wrong role)", Start.FRESH, "GET", jointOverdue, null, HEAD_AMR,
                        403, "FORBIDDEN"),
                row("overdue of a joint office: joint office without a jurisdiction", Start.FRESH, "GET",
                        jointOverdue, null, JOINT_NO_JURISDICTION, 403, "FORBIDDEN"),
                row("overdue of a joint office: joint office", Start.FRESH, "GET", jointOverdue, null, JOINT, 200,
                        null),
                row("overdue scan: anonymous", Start.FRESH, "POST", scan, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("overdue scan: head (wrong role)", Start.FRESH, "POST", scan, null, HEAD_AMR, 403, "FORBIDDEN"),
                row("overdue scan: joint office at a chosen date (admin only)", Start.FRESH, "POST",
                        scan + "?asOf=" + TODAY.plusDays(60), null, JOINT, 403, "FORBIDDEN"),
                row("overdue scan: joint office", Start.FRESH, "POST", scan, null, JOINT, 200, null),
                // 留痕 audit
                row("audit: anonymous", Start.FRESH, "GET", audit, null, ANONYMOUS, 401, "UNAUTHENTICATED"),
                row("audit: head asking for another department", Start.FRESH, "GET", audit + "?department=" + PSB,
                        null, HEAD_AMR, 403, "FORBIDDEN"),
                row("audit: inspector (wrong role)", Start.FRESH, "GET", audit, null, INSPECTOR_AMR, 403,
                        "FORBIDDEN"),
                row("audit: head of the department", Start.FRESH, "GET", audit + "?department=" + AMR, null,
                        HEAD_AMR, 200, null),
                // 公开 the public results answer anonymous callers
                row("public results: anonymous", Start.FRESH, "GET",
                        "/api/public/inspections/entities/{entity}/results", null, ANONYMOUS, 200, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsTheRightsTableSays(Row row) throws Exception {
        Prepared p = prepare(row.start());
        MockHttpServletResponse response = perform(row.method(), p.fill(row.path()),
                row.body() == null ? null : p.fill(row.body()), row.caller());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(body).contains("\"code\":\"" + row.code() + "\"");
        }
    }

    /** A prepared record: its id, entity and (state ATTACHED) the id of qy-psb's photo. */
    record Prepared(String id, String entity, String attachment) {
        String fill(String template) {
            return template.replace("{id}", id).replace("{entity}", entity)
                    .replace("{att}", String.valueOf(attachment));
        }
    }

    private Prepared prepare(Start start) throws Exception {
        String entityId = "e-" + UUID.randomUUID();
        String drawId = "draw-" + UUID.randomUUID();
        InspectionRecord record = InspectionRecord.open(InspectionId.of(drawId, entityId), drawId, "plan-1", "task-1",
                entityId, "曲阳县某某商贸有限公司", "91130634MA0000000X", AMR, "130634", TODAY.minusDays(20),
                PolicyTerms.DEFAULT, "amr-1", List.of(new TeamMember("amr-1", AMR), new TeamMember("amr-2", AMR),
                        new TeamMember("psb-1", PSB)),
                List.of(new ItemRef("item-amr", 2, AMR), new ItemRef("item-psb", 1, PSB)), null, Who.system("matrix"),
                Instant.now());
        assertThat(records.insert(record)).isTrue();
        String id = record.id().value();
        Prepared p = new Prepared(id, entityId, null);
        if (start == Start.ATTACHED) {
            String uploaded = expectOk(perform("POST", "/api/inspections/" + id + "/attachments?name=photo.jpg",
                    "<photo>", INSPECTOR_PSB));
            return new Prepared(id, entityId, json.readTree(uploaded).get("attachmentId").asString());
        }
        List<Start> steps = List.of(Start.NOTICED, Start.CHECKED, Start.DRAFTED, Start.SUBMITTED, Start.CORRECTING);
        String amr = "/api/inspections/" + id + "/parts/" + AMR;
        for (Start step : steps) {
            if (start.ordinal() < step.ordinal()) {
                break;
            }
            String form = "{\"items\":[{\"itemId\":\"item-amr\",\"subItems\":[{\"subItem\":\"营业执照悬挂\","
                    + "\"option\":\"NORMAL\"},{\"subItem\":\"公示信息\",\"option\":\"NORMAL\"}]}],"
                    + "\"category\":\"NO_PROBLEM_FOUND\",\"signature\":{\"kind\":\"SEALED\"}}";
            switch (step) {
                case NOTICED -> expectOk(perform("POST", amr + "/notice", json.writeValueAsString(Map.of(
                        "announced", true, "noticeTime", Instant.now().minusSeconds(86_400).toString(),
                        "channel", "电话")), INSPECTOR_AMR));
                case CHECKED -> expectOk(perform("POST", amr + "/on-site-check", json.writeValueAsString(Map.of(
                        "date", TODAY.toString(), "inspectorsPresent", List.of("amr-1", "amr-2"),
                        "credentialsShown", true)), INSPECTOR_AMR));
                case DRAFTED -> expectOk(perform("PUT", amr + "/draft", form, INSPECTOR_AMR));
                case SUBMITTED -> expectOk(perform("POST", amr + "/submit", "{}", INSPECTOR_AMR));
                case CORRECTING -> expectOk(perform("POST", amr + "/corrections", "{\"form\":"
                        + corrected(form)
                        + ",\"reason\":\"录入时选错结果类别\"}", INSPECTOR_AMR));
                default -> throw new IllegalStateException(step.name());
            }
        }
        return p;
    }

    /** The form corrected to "problem found, correction ordered" (which needs the measure taken). */
    private static String corrected(String form) {
        return form.replace("\"NO_PROBLEM_FOUND\"", "\"PROBLEM_FOUND_CORRECTION_ORDERED\","
                + "\"measures\":[{\"kind\":\"ORDER_CORRECTION\",\"note\":\"责令十日内改正\"}]");
    }

    private static String expectOk(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    private MockHttpServletResponse perform(String method, String path, String body, RequestPostProcessor caller)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if ("<photo>".equals(body)) {
            request = request.contentType(MediaType.IMAGE_JPEG).content(photo());
        } else if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (!"GET".equals(method)) {
            request = request.header("Idempotency-Key", "k-" + UUID.randomUUID());
            // the joint record's current ETag: every write names the version it read (428 without it)
            java.util.regex.Matcher record = java.util.regex.Pattern.compile("^/api/inspections/([^/?]+)/")
                    .matcher(path);
            if (record.find()) {
                var found = records.find(new cn.shuangsuiji.inspection.domain.record.InspectionId(record.group(1)));
                if (found.isPresent()) {
                    request = request.header("If-Match", "\"" + found.get().version() + "\"");
                }
            }
        }
        if (caller != null) {
            request = request.with(caller);
        }
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
        }
        return result.getResponse();
    }

    private static byte[] photo() {
        byte[] photo = new byte[2_000];
        new java.util.Random(11).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        return photo;
    }

    private static Arguments row(String name, Start start, String method, String path, String body,
                                 RequestPostProcessor caller, int status, String code) {
        return Arguments.of(new Row(name, start, method, path, body, caller, status, code));
    }
}
