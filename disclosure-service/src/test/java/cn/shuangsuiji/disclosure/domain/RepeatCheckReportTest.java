package cn.shuangsuiji.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 避免重复检查 in the monthly report and the KPIs, against a fixture counted by hand. The plans, items, departments
 * and results are {@link ReportCalculatorTest}'s; the draws carry repeat-check counts:
 * <pre>
 * draw  initiator  executed    status     excluded (commitment)  flagged (execution)
 * R1    qy-amr     2026-03-10  COMPLETED  3                      1
 * R2    qy-amr     2026-03-11  COMPLETED  null (older producer)  null
 * R3    qy-psb     2026-03-12  COMPLETED  0                      2
 * R4    qy-amr     2026-03-13  ABANDONED  5                      4      (not an inspection: never counted)
 * R5    qy-amr     2026-02-10  COMPLETED  2                      0
 * R6    bd-amr     2026-03-10  COMPLETED  7                      7      (another region)
 * </pre>
 * qy-amr March: avoided 3 + 0 = 3, flagged 1 + 0 = 1; year to date + R5: avoided 5, flagged 1. Jurisdiction
 * 130634 March: R1, R2, R3 → avoided 3, flagged 3.
 */
class RepeatCheckReportTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final ReportCalculator calculator = new ReportCalculator(draws(), ReportCalculatorTest.plans(),
            ReportCalculatorTest.results(), ReportCalculatorTest.items(), ReportCalculatorTest.departments(),
            WorkingDayCalendar.bundled(), CHINA, 5, 20);

    static List<PublicDraw> draws() {
        List<PublicDraw> d = new ArrayList<>();
        d.add(draw("R1", "P1", "qy-amr", "COMPLETED", "2026-03-10", 3, 1));
        d.add(draw("R2", "P2", "qy-amr", "COMPLETED", "2026-03-11", null, null));
        d.add(draw("R3", "P3", "qy-psb", "COMPLETED", "2026-03-12", 0, 2));
        d.add(draw("R4", "P1", "qy-amr", "ABANDONED", "2026-03-13", 5, 4));
        d.add(draw("R5", "P1", "qy-amr", "COMPLETED", "2026-02-10", 2, 0));
        d.add(draw("R6", "P9", "bd-amr", "COMPLETED", "2026-03-10", 7, 7));
        return d;
    }

    static PublicDraw draw(String id, String plan, String initiator, String status, String day, Integer excluded,
                           Integer flagged) {
        Instant at = LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant();
        List<PublicDraw.Target> targets = List.of(new PublicDraw.Target(id + "-e0", null, null, "B", "k", true),
                new PublicDraw.Target(id + "-e1", null, null, "B", "k", true));
        return new PublicDraw(id, plan, 1, "t1", "任务", 2026, "COUNTY", initiator, List.of(), status,
                new PublicDraw.Commitment("h", List.of(), List.of(), "drand-quicknet", 1, 50, excluded == null ? 0
                        : excluded, at, null, null, null, excluded, null),
                new PublicDraw.Execution("s", "r", null, List.of(new PublicDraw.Threshold("B", 10, 2, 2, false, "k")),
                        at, null, null, null, flagged),
                false, null, targets, List.of(), List.of(), null, null, null);
    }

    @Test
    void theCountsComeFromTheDrawsEvents() {
        Instant t = Instant.parse("2026-03-10T02:00:00Z");
        DrawCommitted committed = new DrawCommitted(UUID.randomUUID(), t, "d1", "P1", 1, "t1", 2026, "COUNTY",
                "qy-amr", List.of(), List.of("s1"), List.of("s2"), "hash", "drand-quicknet", 1, 50, 3, t, List.of(),
                List.of(), 0, 3, 2);
        DrawCompleted completed = new DrawCompleted(UUID.randomUUID(), t, "d1", "P1", "t1", 2026, "COUNTY", "OK",
                null, "drand-quicknet", 1, "seed", "hash", "result",
                List.of(new DrawnTarget("e1", "B", "0000000000000011", true),
                        new DrawnTarget("e2", "B", "0000000000000012", false)), List.of(), List.of(),
                List.of(new StratumThreshold("B", 47, 2, 2, false, "e2", "0000000000000012")), "/api/draws/d1/bundle",
                t, null, null, 3, 1);

        PublicDraw d = DrawDossier.committed(committed, "任务", new TargetDisclosurePolicy.Withholding(false, null,
                null)).complete(completed, id -> Optional.empty()).full();

        assertThat(d.commitment().repeatChecksExcluded()).isEqualTo(3);
        assertThat(d.commitment().repeatChecksFlagged()).isEqualTo(2);
        assertThat(d.execution().repeatChecksFlagged()).isEqualTo(1);
        assertThat(ReportCalculator.repeatChecksAvoided(d)).isEqualTo(3);
        assertThat(ReportCalculator.repeatChecksFlagged(d)).isEqualTo(1);
    }

    @Test
    void theMonthlyReportCountsEachDrawsRepeatChecks() {
        MonthlyReport report = calculator.report("qy-amr", YearMonth.of(2026, 3), new ReportEntries(List.of(), List.of(), List.of()));

        assertThat(report.draws()).extracting(MonthlyReport.DrawLine::drawId,
                        MonthlyReport.DrawLine::repeatChecksAvoided, MonthlyReport.DrawLine::repeatChecksFlagged)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("R1", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("R2", 0L, 0L));
    }

    @Test
    void departmentKpisCountRepeatChecksAvoidedAndFlagged() {
        Kpis march = calculator.department("qy-amr", "2026-03", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));
        Kpis year = calculator.department("qy-amr", "2026", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"));

        assertThat(march.repeatChecksAvoided()).isEqualTo(3);
        assertThat(march.repeatChecksFlagged()).isEqualTo(1);
        assertThat(year.repeatChecksAvoided()).isEqualTo(5);
        assertThat(year.repeatChecksFlagged()).isEqualTo(1);
    }

    @Test
    void jurisdictionKpisCountOnlyTheRegionsCompletedDraws() {
        Kpis k = calculator.jurisdiction("130634", "2026-03", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));

        assertThat(k.repeatChecksAvoided()).isEqualTo(3);
        assertThat(k.repeatChecksFlagged()).isEqualTo(3);
    }
}
