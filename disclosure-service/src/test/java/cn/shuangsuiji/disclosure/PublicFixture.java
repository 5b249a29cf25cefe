package cn.shuangsuiji.disclosure;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.draw.CommittedSource;
import cn.shuangsuiji.contracts.draw.CommittedWitness;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.contracts.inspection.ResultCategories;
import cn.shuangsuiji.contracts.planning.PlanAmended;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanPublished;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A realistic fixture of registry, planning and draw events for one run: two departments, two items (one that
 * must not be announced beforehand), entities (one a natural person with no credit code), an annual plan amended
 * once, a joint plan, a plan approved but never published, a withdrawn plan, and four draws: one substituted with a
 * replaced inspector, one abandoned, one withheld (not announced beforehand) and one only committed. Personal
 * identifiers that must never appear in public responses are listed in {@link #secrets()}.
 */
final class PublicFixture {

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String amr = "qy-amr-" + run;
    final String psb = "qy-psb-" + run;
    final String item = "item-" + run;
    final String secretItem = "item-secret-" + run;
    final String annualPlan = "plan-annual-" + run;
    final String jointPlan = "plan-joint-" + run;
    final String draftPlan = "plan-draft-" + run;
    final String withdrawnPlan = "plan-withdrawn-" + run;
    final String draw = "draw-" + run;
    final String abandonedDraw = "draw-abandoned-" + run;
    final String secretDraw = "draw-secret-" + run;
    final String committedDraw = "draw-committed-" + run;
    final String entityA = "ent-a-" + run;
    final String entityB = "ent-b-" + run;
    final String entityC = "ent-c-" + run;
    final String person = "ent-person-" + run;
    final String usccA = "91130634MA0" + run.toUpperCase().replaceAll("[^0-9A-H]", "7").substring(0, 6) + "X";
    final String usccB = "92130634MA1" + run.toUpperCase().replaceAll("[^0-9A-H]", "8").substring(0, 6) + "Y";
    final String usccC = "93130634MA2" + run.toUpperCase().replaceAll("[^0-9A-H]", "9").substring(0, 6) + "0";
    final String nameA = "曲阳县恒达石雕有限公司" + run;
    final String nameB = "曲阳县宏盛食品店" + run;
    final String nameC = "保定市恒达建材有限公司" + run;
    final String personName = "王秀英" + run;
    final String inspector1 = "insp-zhang-" + run;
    final String inspector2 = "insp-li-" + run;
    final String inspector3 = "insp-wang-" + run;
    final String approver = "qy-amr-head-" + run;
    final String operator = "qy-amr-operator-" + run;
    final String witness = "qy-amr-witness-" + run;
    final String witnessCommitment = "5e" + "7".repeat(62);
    final String logHead = "1d" + "3".repeat(62);
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    /** Identifiers of natural persons that no public response may contain. */
    List<String> secrets() {
        return List.of(inspector1, inspector2, inspector3, approver, operator, witness, person, personName,
                "13912345678", "130634198803151234");
    }

    List<IntegrationEvent> events() {
        List<IntegrationEvent> e = new ArrayList<>();
        e.add(new DepartmentRegistered(id(), T0, amr, "曲阳县市场监督管理局", "MARKET_REGULATION", "COUNTY", "130634", null));
        e.add(new DepartmentRegistered(id(), T0, psb, "曲阳县公安局", "PUBLIC_SECURITY", "COUNTY", "130634", null));
        e.add(new InspectionItemPublished(id(), T0, item, 1, amr, "企业公示信息检查", List.of("年度报告公示情况"),
                "《企业信息公示暂行条例》", "DOCUMENTS", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1, null,
                "具有行政执法资格的检查人员 2 名以上", "年报公示期结束后开展"));
        e.add(new InspectionItemPublished(id(), T0, secretItem, 1, amr, "食品经营者现场检查", List.of("进货查验", "贮存条件"),
                "《食品安全法》", "ON_SITE", "ENTERPRISE", "KEY", new BigDecimal("0.05"), 2));
        e.add(entity(entityA, nameA, usccA, "B"));
        e.add(entity(entityB, nameB, usccB, "C"));
        e.add(entity(entityC, nameC, usccC, "B"));
        e.add(entity(person, personName, null, "C"));
        e.add(approved(annualPlan, 1, "ANNUAL", "2026年度市场监管随机抽查计划", item, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-11-30"), List.of()));
        e.add(new PlanPublished(id(), T0.plusSeconds(60), annualPlan, 1, "ANNUAL", 2026, "2026年度市场监管随机抽查计划",
                amr, List.of(), approver));
        e.add(new PlanAmended(id(), T0.plusSeconds(120), annualPlan, 2, 1, "增加食品经营检查事项", approver));
        e.add(approved(annualPlan, 2, "ANNUAL", "2026年度市场监管随机抽查计划（修订）", item, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-12-15"), List.of()));
        e.add(new PlanPublished(id(), T0.plusSeconds(180), annualPlan, 2, "ANNUAL", 2026,
                "2026年度市场监管随机抽查计划（修订）", amr, List.of(), approver));
        e.add(approved(jointPlan, 1, "JOINT", "2026年食品安全部门联合抽查", secretItem, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), List.of(psb)));
        e.add(new PlanPublished(id(), T0.plusSeconds(60), jointPlan, 1, "JOINT", 2026, "2026年食品安全部门联合抽查", amr,
                List.of(psb), approver));
        e.add(approved(draftPlan, 1, "ANNUAL", "未公示的计划", item, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"), List.of()));
        e.add(approved(withdrawnPlan, 1, "TEMPORARY_JOINT", "临时联合抽查", item, LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-31"), List.of(psb)));
        e.add(new PlanPublished(id(), T0.plusSeconds(60), withdrawnPlan, 1, "TEMPORARY_JOINT", 2026, "临时联合抽查", amr,
                List.of(psb), approver));
        e.add(new PlanWithdrawn(id(), T0.plusSeconds(240), withdrawnPlan, 1, "上级通知取消", approver));
        // a completed draw with a substitution and a replaced inspector
        e.add(committed(draw, annualPlan, 2));
        e.add(completed(draw, annualPlan, List.of(target(entityA, "B"), target(person, "C"))));
        e.add(new TargetSubstituted(id(), T0.plusSeconds(900), draw, person, entityB, "C", "00000000000000ff",
                "DEREGISTERED", new DrawnTeam(entityB, inspector1, List.of(inspector1, inspector2)),
                new InspectionForm(entityB, inspector1, List.of(new InspectionForm.FormMember(inspector1, amr)),
                        List.of(new InspectionForm.FormItem(amr, item))), operator));
        e.add(new InspectorReplaced(id(), T0.plusSeconds(1000), draw, entityA, inspector2, inspector3, "AVOIDANCE",
                approver, new DrawnTeam(entityA, inspector1, List.of(inspector1, inspector3)), "APPROVER_CHOICE"));
        // an abandoned draw
        e.add(committed(abandonedDraw, annualPlan, 2));
        e.add(new DrawAbandoned(id(), T0.plusSeconds(700), abandonedDraw, annualPlan, "task-1", "信标轮次未产生，重新承诺",
                operator));
        // a draw of an item that must not be announced beforehand
        e.add(committed(secretDraw, jointPlan, 1));
        e.add(completed(secretDraw, jointPlan, List.of(target(entityC, "B"))));
        // a draw only committed
        e.add(committed(committedDraw, annualPlan, 2));
        return e;
    }

    final String inspectionA = "insp-rec-a-" + run;
    final String inspectionPerson = "insp-rec-p-" + run;

    /** Results: one recorded, corrected and followed up; one of a natural person. */
    List<IntegrationEvent> resultEvents() {
        List<IntegrationEvent> e = new ArrayList<>();
        PublicInspectionResult first = new PublicInspectionResult(1, List.of(itemResult("ABNORMAL")),
                ResultCategories.PROBLEM_FOUND_FOLLOW_UP_PENDING, LocalDate.parse("2026-03-20"),
                Instant.parse("2026-03-21T01:00:00Z"));
        e.add(new InspectionResultRecorded(id(), Instant.parse("2026-03-21T01:00:00Z"), inspectionA, entityA, nameA,
                usccA, amr, amr, annualPlan, "task-1", draw, first.items(), first.category(), first.checkDate(),
                first.recordedAt(), 1));
        PublicInspectionResult second = new PublicInspectionResult(2, List.of(itemResult("NORMAL")),
                ResultCategories.NO_PROBLEM_FOUND, LocalDate.parse("2026-03-20"), Instant.parse("2026-03-25T01:00:00Z"));
        e.add(new InspectionResultCorrected(id(), Instant.parse("2026-03-25T01:00:00Z"), inspectionA, entityA, nameA,
                usccA, amr, annualPlan, "task-1", draw, 2, "录入错误：年报已按时公示", Instant.parse("2026-03-25T01:00:00Z"),
                second, first));
        e.add(new FollowUpRecorded(id(), Instant.parse("2026-03-26T01:00:00Z"), inspectionA, "fu-" + run, entityA,
                nameA, usccA, amr, annualPlan, "task-1", draw, "RECHECKED", null, LocalDate.parse("2026-03-26"), null,
                "RECTIFIED", Instant.parse("2026-03-26T01:00:00Z")));
        e.add(new InspectionResultRecorded(id(), Instant.parse("2026-03-22T01:00:00Z"), inspectionPerson, person,
                personName, null, amr, amr, annualPlan, "task-1", draw, List.of(itemResult("NORMAL")),
                ResultCategories.NO_PROBLEM_FOUND, LocalDate.parse("2026-03-21"), Instant.parse("2026-03-22T01:00:00Z"),
                1));
        return e;
    }

    private PublicItemResult itemResult(String result) {
        return new PublicItemResult(item, 1, "企业公示信息检查",
                List.of(new PublicItemResult.SubItemResult("年度报告公示情况", result)));
    }

    private EntityRegistered entity(String id, String name, String uscc, String credit) {
        return new EntityRegistered(id(), T0, id, name, uscc, "130634", "F5221",
                uscc == null ? "OTHER_SUBJECT" : "ENTERPRISE", "OPERATING", credit, false, false, List.of("食品"),
                List.of(amr), 1);
    }

    private PlanApproved approved(String planId, int version, String kind, String title, String itemId,
                                  LocalDate start, LocalDate end, List<String> participants) {
        PlanPolicyParameters policy = new PlanPolicyParameters("policy-130634", 1, new BigDecimal("0.03"),
                Map.of("A", new BigDecimal("0.01")), 2, 2, 3, "APPROVAL_ONLY", 3, 5, 5, 20, true, 3, null);
        PlanTask task = new PlanTask("task-1", title + "·任务一", List.of(new PlanItemRef(itemId, 1, amr)),
                new PlanObjectScope(List.of("ENTERPRISE"), List.of("130634"), List.of(), List.of("食品"), List.of(),
                        List.of(entityA), List.of(person)),
                List.of(new PlanSampleSize(null, new BigDecimal("0.05"), null)), start, end, 1, "COUNTY",
                List.of(), 1200);
        return new PlanApproved(id(), T0.plusSeconds(version * 100L), planId, version, kind, 2026, title, amr,
                participants, policy, List.of(task), approver);
    }

    private DrawCommitted committed(String drawId, String planId, int planVersion) {
        return new DrawCommitted(id(), T0.plusSeconds(600), drawId, planId, planVersion, "task-1", 2026, "COUNTY", amr,
                List.of(), List.of("snap-e-" + run), List.of("snap-i-" + run),
                "9f2c" + "0".repeat(60), "drand-quicknet", 1234567, 4, 1, T0.plusSeconds(600),
                List.of(new CommittedSource("双色球", "中国福利彩票双色球第2026025期开奖号码", "DECIMAL")),
                List.of(new CommittedWitness(witness, witnessCommitment)), 2);
    }

    private DrawCompleted completed(String drawId, String planId, List<DrawnTarget> targets) {
        return new DrawCompleted(id(), T0.plusSeconds(800), drawId, planId, "task-1", 2026, "COUNTY", "OK", null,
                "drand-quicknet", 1234567, "ab" + "1".repeat(62), "9f2c" + "0".repeat(60), "cd" + "2".repeat(62),
                targets, targets.stream().map(t -> new DrawnTeam(t.entityId(), inspector1,
                        List.of(inspector1, inspector2))).toList(),
                List.of(), List.of(new StratumThreshold("B", 2, 1, 1, false, entityA, "0000000000000011")),
                "/api/draws/" + drawId + "/bundle", T0.plusSeconds(800), logHead, 17L);
    }

    private static DrawnTarget target(String entityId, String stratum) {
        return new DrawnTarget(entityId, stratum, "00000000000000" + (stratum.equals("B") ? "11" : "22"));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
