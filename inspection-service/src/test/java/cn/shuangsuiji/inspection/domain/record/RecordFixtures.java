package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A joint record of two departments, and the steps to bring a part to submission. */
public final class RecordFixtures {

    public static final String AMR = "qy-amr";
    public static final String PSB = "qy-psb";
    public static final LocalDate DRAW_DATE = LocalDate.of(2026, 4, 20);
    public static final LocalDate CHECK_DATE = LocalDate.of(2026, 4, 30);
    public static final LocalDate TODAY = LocalDate.of(2026, 4, 30);
    public static final Instant NOW = Instant.parse("2026-04-30T08:00:00Z");

    public static final ItemDefinition AMR_ITEM = new ItemDefinition("item-amr-1", 2, AMR, "营业执照检查",
            List.of("营业执照悬挂", "公示信息"), "《企业信息公示暂行条例》", "ON_SITE", null);
    public static final ItemDefinition PSB_ITEM = new ItemDefinition("item-psb-1", 1, PSB, "消防安全检查",
            List.of("消防通道"), "《消防法》", "ON_SITE", List.of("合格", "不合格"));
    public static final Map<String, ItemDefinition> DEFINITIONS = Map.of(AMR_ITEM.itemId(), AMR_ITEM,
            PSB_ITEM.itemId(), PSB_ITEM);

    public static final Who AMR_LEADER = new Who("qy-amr-inspector", "张检查", AMR, "amr-1");
    public static final Who AMR_MEMBER = new Who("qy-amr-inspector2", "李检查", AMR, "amr-2");
    public static final Who PSB_INSPECTOR = new Who("qy-psb-inspector", "王警官", PSB, "psb-1");
    public static final Who AMR_HEAD = new Who("qy-amr-head", "赵局长", AMR, null);
    public static final Who SYSTEM = Who.system("test");

    private RecordFixtures() {
    }

    public static InspectionRecord record() {
        return InspectionRecord.open(InspectionId.of("draw-1", "e-1"), "draw-1", "plan-1", "task-1", "e-1",
                "曲阳县某某商贸有限公司", "91130634MA0000000X", AMR, "130634", DRAW_DATE, PolicyTerms.DEFAULT, "amr-1",
                List.of(new TeamMember("amr-1", AMR), new TeamMember("amr-2", AMR), new TeamMember("psb-1", PSB)),
                List.of(AMR_ITEM.ref(AMR), PSB_ITEM.ref(PSB)), null, SYSTEM, NOW);
    }

    public static ResultForm amrForm(ResultCategory category) {
        return new ResultForm(List.of(new ItemResult("item-amr-1", List.of(
                new SubItemResult("营业执照悬挂", "NORMAL", ""), new SubItemResult("公示信息", "ABNORMAL", "未公示年报")))),
                category, category == ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED
                ? List.of(new Measure(MeasureKind.ORDER_CORRECTION, "责令十日内改正")) : List.of(),
                new Signature(SignatureKind.SIGNED, null, null), "");
    }

    public static ResultForm psbForm() {
        return new ResultForm(List.of(new ItemResult("item-psb-1", List.of(new SubItemResult("消防通道", "合格", "")))),
                ResultCategory.QUALIFIED, List.of(), new Signature(SignatureKind.SEALED, null, null), "");
    }

    /** Notice and on-site check of the AMR part. */
    public static InspectionRecord checked(InspectionRecord record, String department, Who by) {
        record.recordNotice(department, Notice.announced(NOW.minusSeconds(86_400), "电话"), by, NOW);
        record.recordOnSiteCheck(department, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "psb-1"), true), by, NOW,
                TODAY, cn.shuangsuiji.calendar.WorkingDayCalendar.bundled());
        return record;
    }

    public static List<RecordEvent> submitAmr(InspectionRecord record, ResultCategory category) {
        checked(record, AMR, AMR_LEADER);
        record.saveDraft(AMR, amrForm(category), DEFINITIONS, AMR_LEADER, NOW);
        return record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY);
    }

    public static List<RecordEvent> submitPsb(InspectionRecord record) {
        checked(record, PSB, PSB_INSPECTOR);
        record.saveDraft(PSB, psbForm(), DEFINITIONS, PSB_INSPECTOR, NOW);
        return record.submit(PSB, DEFINITIONS, PSB_INSPECTOR, NOW, TODAY);
    }

    /** An attachment kept on the record, usable as evidence. */
    public static String attach(InspectionRecord record, Who by) {
        String id = "att-" + record.attachments().size();
        record.attach(new AttachmentRef(id, "photo.jpg", "image/jpeg", 10, "ab".repeat(32), NOW, null, null,
                by.departmentId(), by.subject(), NOW), by, NOW);
        return id;
    }
}
