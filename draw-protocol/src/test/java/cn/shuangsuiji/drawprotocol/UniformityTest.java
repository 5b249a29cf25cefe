package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Deterministic statistical check: over 4,000 fixed seeds, each of 60 candidates of a stratum is
 * selected about equally often (chi-square, 59 degrees of freedom). The seeds are fixed, so the
 * statistic is the same on every run; the bound 110 lies beyond the 99.99th percentile (≈ 102).
 */
class UniformityTest {
    @Test
    void selectionFrequenciesAreUniformWithinAStratum() {
        CandidateTable t = Fixtures.table(Fixtures.rows(90, "A", "A", "B"), 0);
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.count("A", 6), StratumQuota.count("B", 3)), new DrawPolicy(2, 1, 1, false, 0));
        DrawEngine engine = new DrawEngine(1);
        Hash32 ch = in.commitment().hash();
        int seeds = 4000;
        Map<String, Integer> count = new HashMap<>();
        for (int s = 0; s < seeds; s++) {
            DrawSeed seed = DrawSeed.fromSeed(Hash32.sha256(ByteBuffer.allocate(8).putLong(s).array()));
            DrawResult r = engine.drawWithSeed(in, ch, seed);
            for (RankedTarget x : r.selected()) {
                if (x.stratum().equals("A")) {
                    count.merge(x.id().value(), 1, Integer::sum);
                }
            }
        }
        int candidates = 60;
        double expected = seeds * 6.0 / candidates;
        double chi2 = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.stratum(i).equals("A")) {
                double o = count.getOrDefault(t.id(i), 0);
                chi2 += (o - expected) * (o - expected) / expected;
            }
        }
        assertThat(count).hasSize(candidates);
        assertThat(chi2).as("chi-square over %d candidates", candidates).isLessThan(110.0);
    }
}
