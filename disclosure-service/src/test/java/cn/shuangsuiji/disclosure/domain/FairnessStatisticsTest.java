package cn.shuangsuiji.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairnessStatisticsTest {

    @Test
    void chiSquareUpperTailMatchesTables() {
        assertThat(ChiSquare.upperTail(3.841, 1)).isCloseTo(0.05, within(0.001));
        assertThat(ChiSquare.upperTail(5.991, 2)).isCloseTo(0.05, within(0.001));
        assertThat(ChiSquare.upperTail(23.209, 10)).isCloseTo(0.01, within(0.001));
        assertThat(ChiSquare.upperTail(0, 3)).isEqualTo(1.0);
    }

    @Test
    void countsEntitiesInspectedZeroOneTwoTimesPerStratumAndRegion() {
        // stratum B: region R1 has 10 entities, R2 has 10; e1 drawn twice, e2 once (R1), e3 once (R2)
        List<PublicDraw> draws = List.of(draw("d1", "COMPLETED", "e1", "e2"), draw("d2", "COMPLETED", "e1", "e3"),
                draw("d3", "ABANDONED", "e4"));
        Map<String, String> regions = Map.of("e1", "R1", "e2", "R1", "e3", "R2", "e4", "R2");
        FairnessStatistics.Fairness f = FairnessStatistics.compute(2026, draws,
                Map.of("B", Map.of("R1", 10L, "R2", 10L)), regions::get);
        assertThat(f.cells()).containsExactly(new FairnessStatistics.Cell("B", "R1", 10, 8, 1, 1, 0),
                new FairnessStatistics.Cell("B", "R2", 10, 9, 1, 0, 0));
        FairnessStatistics.Uniformity u = f.checks().get(0);
        // selections R1 = 3, R2 = 1, expected 2 each: chi² = (1 + 1) / 2 = 1, df 1, p ≈ 0.3173
        assertThat(u.selections()).isEqualTo(4);
        assertThat(u.chiSquare()).isEqualTo(1.0);
        assertThat(u.degreesOfFreedom()).isEqualTo(1);
        assertThat(u.pValue()).isCloseTo(0.3173, within(0.0002));
    }

    @Test
    void sumsTheRepeatPairingsAvoidedByTheYearsDrawsThatReportThem() {
        List<PublicDraw> draws = List.of(withPairings(draw("d1", "COMPLETED", "e1"), 3),
                withPairings(draw("d2", "COMPLETED", "e2"), 0), draw("d3", "COMPLETED", "e3"),
                withPairings(draw("d4", "ABANDONED", "e4"), 5));
        FairnessStatistics.Fairness f = FairnessStatistics.compute(2026, draws, Map.of(), e -> "R1");
        // d3's events predate the count; d4 was abandoned
        assertThat(f.repeatPairings()).isEqualTo(new FairnessStatistics.RepeatPairings(3, 2, 3));
        assertThat(FairnessStatistics.compute(2025, draws, Map.of(), e -> "R1").repeatPairings())
                .isEqualTo(new FairnessStatistics.RepeatPairings(0, 0, 0));
    }

    private static PublicDraw withPairings(PublicDraw d, int avoided) {
        return new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(), d.level(),
                d.initiatingDepartmentId(), d.participatingDepartmentIds(), d.status(),
                new PublicDraw.Commitment("h", List.of(), List.of(), "drand-quicknet", 1, 10, 0, null, List.of(),
                        List.of(), avoided), d.execution(), false, null, d.targets(), List.of(), List.of(), null,
                null, null);
    }

    private static PublicDraw draw(String id, String status, String... entities) {
        List<PublicDraw.Target> targets = new ArrayList<>();
        for (String e : entities) {
            targets.add(new PublicDraw.Target(e, null, null, "B", "k", true));
        }
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        return new PublicDraw(id, "p", 1, "t", null, 2026, "COUNTY", "dep", List.of(), status, null,
                new PublicDraw.Execution("s", "r", null, List.of(), at, null, null, null), false, null, targets, List.of(),
                List.of(), null, null, null);
    }
}
