package cn.shuangsuiji.draw.domain.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 单次抽取对象上限 (issue 12): a draw that could select more targets than one DrawCompleted event may carry (16 MB)
 * is refused at commitment with a stable code, the limit and the count; quotas within it pass.
 */
class DrawEventLimitTest {

    private static CandidateTable table(int a, int b) {
        CandidateTable.Builder builder = CandidateTable.builder(a + b);
        for (int i = 0; i < a; i++) {
            builder.add(String.format("ent-a-%07d", i), "A", "130634");
        }
        for (int i = 0; i < b; i++) {
            builder.add(String.format("ent-b-%07d", i), "B", "130634");
        }
        return builder.build();
    }

    @Test
    void aRatioThatWouldSelectMoreThanTheLimitIsRefusedNamingLimitAndCount() {
        CandidateTable targets = table(30_000, 10_000);
        Map<String, StratumQuota> quotas = Map.of("A", StratumQuota.ratio("A", "0.5"),
                "B", StratumQuota.ratio("B", "0.6"));

        assertThat(DrawEventLimit.maxSelected(quotas, targets, 5)).isEqualTo(15_005 + 6_005);
        assertThatThrownBy(() -> DrawEventLimit.requireFitsOneEvent("task-big", quotas, targets, 5))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(p.code()).isEqualTo("DRAW_TOO_MANY_TARGETS");
                    assertThat(p.detail()).contains("task-big").contains("21010").contains("20000")
                            .contains("16 MB");
                    assertThat(p.fieldProblems()).singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo("quotas"));
                });
    }

    @Test
    void aFixedCountWithinTheLimitPassesWhateverThePoolSize() {
        CandidateTable targets = table(60_000, 0);
        Map<String, StratumQuota> quotas = Map.of("A", StratumQuota.count("A", 10_000));

        assertThat(DrawEventLimit.maxSelected(quotas, targets, 5)).isEqualTo(10_005);
        DrawEventLimit.requireFitsOneEvent("task-fixed", quotas, targets, 5);
    }

    @Test
    void quotasAreCappedAtTheEligibleCount() {
        CandidateTable targets = table(100, 3);
        Map<String, StratumQuota> quotas = Map.of("A", StratumQuota.count("A", 50_000),
                "B", StratumQuota.ratio("B", "1"), "C", StratumQuota.count("C", 30_000));

        assertThat(DrawEventLimit.maxSelected(quotas, targets, 5)).isEqualTo(100 + 3);
        DrawEventLimit.requireFitsOneEvent("task-capped", quotas, targets, 5);
    }
}
