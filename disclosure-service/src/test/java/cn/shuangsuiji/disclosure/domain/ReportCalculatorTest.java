package cn.shuangsuiji.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.contracts.disclosure.PublicResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monthly report and KPIs against a fixture computed by hand (figures in the comments).
 *
 * <p>Departments qy-amr, qy-psb, qy-eco in 130634 and bd-amr in 130600. Plans P1 (ANNUAL, amr), P2 (JOINT, amr +
 * psb), P3 (ANNUAL, psb). Draws: D1 P1 March, 4 current targets + 1 substituted, strata B/C; D2 P2 March, 2 targets,
 * stratum ALL; D3 P3 March, 3 targets, stratum A; D4 P1 March abandoned; D5 P1 February, 1 target, stratum B;
 * D6 bd-amr March (other region). Results checked 2026-03-02 (Monday): R1 amr recorded 03-06 (4 working days),
 * R2 amr recorded 03-13 (9), R3 amr recorded 04-10 (more than 20); R4 psb checked 03-03 recorded 03-04 (1).
 */
class ReportCalculatorTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final ReportCalculator calculator = new ReportCalculator(draws(), plans(), results(), items(), departments(),
            WorkingDayCalendar.bundled(), CHINA, 5, 20);

    @Test
    void departmentKpisForTheMonth() {
        Kpis k = calculator.department("qy-amr", "2026-03", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        assertThat(k.inspections()).isEqualTo(2);                     // D1, D2
        assertThat(k.jointInspections()).isEqualTo(1);                // D2
        assertThat(k.jointInspectionShare()).isEqualByComparingTo("0.5");
        assertThat(k.entities()).isEqualTo(6);                        // 4 + 2
        assertThat(k.jointEntities()).isEqualTo(2);
        assertThat(k.jointEntityShare()).isEqualByComparingTo("0.3333");
        assertThat(k.creditRiskBased()).isEqualTo(1);                 // D1
        assertThat(k.creditRiskBasedShare()).isEqualByComparingTo("0.5");
        assertThat(k.results()).isEqualTo(3);                         // R1, R2, R3
        assertThat(k.enteredOnTime()).isEqualTo(1);                   // R1
        assertThat(k.enteredOnTimeShare()).isEqualByComparingTo("0.3333");
        assertThat(k.publishedOnTime()).isEqualTo(2);                 // R1, R2
        assertThat(k.publishedOnTimeShare()).isEqualByComparingTo("0.6667");
        assertThat(k.targetsMet()).containsExactly("JOINT_INSPECTIONS", "JOINT_ENTITIES");
        assertThat(k.departmentsMeetingJointObligation()).containsExactly("qy-amr");
    }

    @Test
    void departmentKpisYearToDate() {
        Kpis k = calculator.department("qy-amr", "2026", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        assertThat(k.inspections()).isEqualTo(3);                     // + D5
        assertThat(k.jointInspectionShare()).isEqualByComparingTo("0.3333");
        assertThat(k.entities()).isEqualTo(7);
        assertThat(k.jointEntityShare()).isEqualByComparingTo("0.2857");  // 2 / 7
        assertThat(k.creditRiskBasedShare()).isEqualByComparingTo("0.6667");  // D1, D5 of 3
    }

    @Test
    void jurisdictionKpisAndTheJointObligation() {
        Kpis k = calculator.jurisdiction("130634", "2026-03", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));
        assertThat(k.inspections()).isEqualTo(3);                     // D1, D2, D3 (not D6)
        assertThat(k.jointInspectionShare()).isEqualByComparingTo("0.3333");
        assertThat(k.entities()).isEqualTo(9);
        assertThat(k.jointEntityShare()).isEqualByComparingTo("0.2222");
        assertThat(k.creditRiskBasedShare()).isEqualByComparingTo("0.6667");
        assertThat(k.results()).isEqualTo(4);
        assertThat(k.enteredOnTimeShare()).isEqualByComparingTo("0.5");      // R1, R4
        assertThat(k.publishedOnTimeShare()).isEqualByComparingTo("0.75");   // R1, R2, R4
        assertThat(k.departmentsMeetingJointObligation()).containsExactly("qy-amr", "qy-psb");
        assertThat(k.departmentsMissingJointObligation()).containsExactly("qy-eco");
    }

    @Test
    void monthlyReportItemsFourAndFive() {
        ReportEntries entries = new ReportEntries(List.of("3月5日 双随机工作部署会"), List.of("曲市监〔2026〕12号"),
                List.of("双随机业务培训班，30人，抽查规范"));
        MonthlyReport r = calculator.report("qy-amr", YearMonth.of(2026, 3), entries);
        assertThat(r.departmentName()).isEqualTo("曲阳县市场监督管理局");
        assertThat(r.entries()).isEqualTo(entries);
        assertThat(r.draws()).extracting(MonthlyReport.DrawLine::drawId).containsExactly("D1", "D2");
        MonthlyReport.DrawLine d1 = r.draws().get(0);
        assertThat(d1.candidates()).isEqualTo(100);
        assertThat(d1.drawn()).isEqualTo(4);
        assertThat(d1.ratio()).isEqualByComparingTo("0.04");
        assertThat(d1.majorItems()).isEqualTo(1);
        assertThat(d1.minorItems()).isEqualTo(2);
        MonthlyReport.DrawLine d2 = r.draws().get(1);
        assertThat(d2.ratio()).isEqualByComparingTo("0.05");
        assertThat(d2.majorItems()).isEqualTo(2);
        assertThat(d2.minorItems()).isEqualTo(5);
        assertThat(r.resultsPublished()).isEqualTo(2);                // R1, R2 (R3 in April)
        assertThat(r.system().departments()).containsExactly("qy-amr", "qy-psb");
        assertThat(r.system().draws()).isEqualTo(3);
        assertThat(r.system().entities()).isEqualTo(9);
        assertThat(r.system().resultsPublished()).isEqualTo(3);       // R1, R2, R4
    }

    @Test
    void theSameRecordsGiveTheSameFigures() {
        ReportCalculator again = new ReportCalculator(draws(), plans(), results(), items(), departments(),
                WorkingDayCalendar.bundled(), CHINA, 5, 20);
        LocalDate from = LocalDate.parse("2026-01-01");
        LocalDate to = LocalDate.parse("2026-03-31");
        assertThat(again.jurisdiction("130634", "2026", from, to))
                .isEqualTo(calculator.jurisdiction("130634", "2026", from, to));
    }

    static List<PublicDepartment> departments() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return List.of(new PublicDepartment("qy-amr", "曲阳县市场监督管理局", "MARKET_REGULATION", "COUNTY", "130634", null, 1, t),
                new PublicDepartment("qy-psb", "曲阳县公安局", "PUBLIC_SECURITY", "COUNTY", "130634", null, 1, t),
                new PublicDepartment("qy-eco", "曲阳县生态环境分局", "ECOLOGY", "COUNTY", "130634", null, 1, t),
                new PublicDepartment("bd-amr", "保定市市场监督管理局", "MARKET_REGULATION", "CITY", "130600", null, 1, t));
    }

    static Map<String, PublicItem> items() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return Map.of("i1:1", new PublicItem("i1", 1, "qy-amr", "企业公示信息检查", List.of("年报", "即时信息"), "条例",
                        "DOCUMENTS", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1, false, t),
                "i2:1", new PublicItem("i2", 1, "qy-psb", "治安检查", List.of("a", "b", "c"), "法", "ON_SITE",
                        "ENTERPRISE", "KEY", new BigDecimal("0.05"), 1, false, t));
    }

    static Map<String, PublicPlan> plans() {
        return Map.of("P1", plan("P1", "ANNUAL", "qy-amr", List.of(), List.of("i1")),
                "P2", plan("P2", "JOINT", "qy-amr", List.of("qy-psb"), List.of("i1", "i2")),
                "P3", plan("P3", "ANNUAL", "qy-psb", List.of(), List.of("i2")),
                "P9", plan("P9", "ANNUAL", "bd-amr", List.of(), List.of("i1")));
    }

    static PublicPlan plan(String id, String kind, String initiator, List<String> participants, List<String> items) {
        PublicPlan.Task task = new PublicPlan.Task("t1", id + " 任务", items.stream()
                .map(i -> new PublicPlan.ItemRef(i, 1, initiator)).toList(), List.of("ENTERPRISE"), List.of("130634"),
                List.of(), List.of(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 1, "COUNTY", null);
        Instant t = Instant.parse("2026-01-02T00:00:00Z");
        return new PublicPlan(id, 1, id + " 计划", kind, 2026, initiator, participants, List.of(task),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), t, t, t, List.of(), PublicPlan.IN_FORCE,
                null, null);
    }

    static List<PublicDraw> draws() {
        List<PublicDraw> d = new ArrayList<>();
        d.add(draw("D1", "P1", "qy-amr", List.of(), "COMPLETED", "2026-03-10", 100, 4, 1, List.of("B", "C")));
        d.add(draw("D2", "P2", "qy-amr", List.of("qy-psb"), "COMPLETED", "2026-03-11", 40, 2, 0, List.of("ALL")));
        d.add(draw("D3", "P3", "qy-psb", List.of(), "COMPLETED", "2026-03-12", 60, 3, 0, List.of("A")));
        d.add(draw("D4", "P1", "qy-amr", List.of(), "ABANDONED", "2026-03-13", 100, 4, 0, List.of("B")));
        d.add(draw("D5", "P1", "qy-amr", List.of(), "COMPLETED", "2026-02-10", 100, 1, 0, List.of("B")));
        d.add(draw("D6", "P9", "bd-amr", List.of(), "COMPLETED", "2026-03-10", 100, 5, 0, List.of("B")));
        return d;
    }

    static PublicDraw draw(String id, String plan, String initiator, List<String> participants, String status,
                           String day, long candidates, int current, int replaced, List<String> strata) {
        Instant at = LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant();
        List<PublicDraw.Target> targets = new ArrayList<>();
        for (int i = 0; i < current; i++) {
            targets.add(new PublicDraw.Target(id + "-e" + i, null, null, strata.get(0), "k", true));
        }
        for (int i = 0; i < replaced; i++) {
            targets.add(new PublicDraw.Target(id + "-r" + i, null, null, strata.get(0), "k", false));
        }
        return new PublicDraw(id, plan, 1, "t1", "任务", 2026, "COUNTY", initiator, participants, status,
                new PublicDraw.Commitment("h", List.of(), List.of(), "drand-quicknet", 1, candidates, 0, at, null, null,
                        null),
                new PublicDraw.Execution("s", "r", null, strata.stream()
                        .map(s -> new PublicDraw.Threshold(s, 10, 1, 1, false, "k")).toList(), at, null, null, null),
                false, null, targets, List.of(), List.of(), null, null, null);
    }

    static List<PublicResult> results() {
        return List.of(result("R1", "qy-amr", "2026-03-02", "2026-03-06"),
                result("R2", "qy-amr", "2026-03-02", "2026-03-13"),
                result("R3", "qy-amr", "2026-03-02", "2026-04-10"),
                result("R4", "qy-psb", "2026-03-03", "2026-03-04"));
    }

    static PublicResult result(String id, String department, String checked, String recorded) {
        Instant at = LocalDate.parse(recorded).atTime(9, 0).atZone(CHINA).toInstant();
        return new PublicResult(id + ":" + department, id, "P1", "P1 计划", "ANNUAL", "t1", "任务", "D1", department,
                "e", "某公司", "91130634MA0000000X", 1, "NO_PROBLEM_FOUND", "未发现问题", LocalDate.parse(checked), at,
                List.of(), false, List.of(), List.of());
    }

}
