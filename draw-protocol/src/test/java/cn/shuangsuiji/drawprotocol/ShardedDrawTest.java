package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** B3: the draw computed over 1, 2 and 4 shards (by area, or by any partition) gives the identical bundle. */
class ShardedDrawTest {

    private static final List<StratumQuota> QUOTAS = List.of(StratumQuota.ratio("A", "0.01"),
            StratumQuota.ratio("B", "0.05"), StratumQuota.count("C", 7), StratumQuota.count("D", 40_000));
    private static final DrawEngine ENGINE = new DrawEngine(2);

    @Test
    void oneTwoAndFourShardsGiveTheSingleProcessBundle() {
        List<Fixtures.Row> rows = Fixtures.rows(30_000, "A", "B", "C", "D");
        String[] excluded = {rows.get(4).id(), rows.get(10).id(), rows.get(29_999).id()};
        CandidateTable whole = Fixtures.table(rows, 0, excluded);
        DrawInputs inputs = Fixtures.inputs(whole, new InspectorPool(Fixtures.inspectors(30)), ConflictSet.empty(),
                List.of(Fixtures.LEAD, Fixtures.OTHER), QUOTAS, new DrawPolicy(2, 1, 1_000, false, 3));
        SeedInputs seed = Fixtures.seedInputs();
        DrawResult single = ENGINE.draw(inputs, seed);
        assertThat(single.status()).isEqualTo(DrawStatus.OK);
        assertThat(single.strata()).anySatisfy(s -> assertThat(s.shortfall()).isTrue()); // D: whole stratum
        Bundle expected = bundle(inputs, seed, single);

        for (int shards : new int[] {1, 2, 4}) {
            // by area (属地): AREA-k goes to shard k mod N, so with 4 shards one shard is empty
            DrawResult byArea = sharded(inputs, seed, rows, excluded, shards,
                    r -> Integer.parseInt(r.area().substring(5)) % shards);
            assertThat(byArea.hash()).as("%d shards by area", shards).isEqualTo(single.hash());
            assertThat(bundle(inputs, seed, byArea)).isEqualTo(expected);
            DrawResult byId = sharded(inputs, seed, rows, excluded, shards,
                    r -> Math.floorMod(r.id().hashCode(), shards));
            assertThat(bundle(inputs, seed, byId)).as("%d shards by id", shards).isEqualTo(expected);
        }
    }

    @Test
    void shardsThatDoNotAddUpToTheCommittedTableAreRefused() {
        List<Fixtures.Row> rows = Fixtures.rows(2_000, "A", "B", "C", "D");
        CandidateTable whole = Fixtures.table(rows, 0);
        DrawInputs inputs = Fixtures.inputs(whole, InspectorPool.empty(), ConflictSet.empty(), List.of(), QUOTAS,
                DrawPolicy.defaults());
        SeedInputs seed = Fixtures.seedInputs();
        CandidateTable half = Fixtures.table(rows.subList(0, 1_000), 0);
        DrawCommitment c = inputs.commitment();
        Map<String, Integer> needs = ShardedDraw.needs(c, List.of(ShardedDraw.count(c, half)));
        Hash32 key = ShardedDraw.seed(c, seed).targetKey();
        assertThatThrownBy(() -> ShardedDraw.merge(ENGINE, inputs, seed,
                List.of(ShardedDraw.rank(ENGINE, c, half, key, needs))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
    }

    private static DrawResult sharded(DrawInputs inputs, SeedInputs seed, List<Fixtures.Row> rows,
                                      String[] excluded, int shards, ToIntFunction<Fixtures.Row> shardOf) {
        List<List<Fixtures.Row>> parts = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            parts.add(new ArrayList<>());
        }
        rows.forEach(r -> parts.get(shardOf.applyAsInt(r)).add(r));
        DrawCommitment c = inputs.commitment();
        List<CandidateTable> tables = new ArrayList<>();
        for (List<Fixtures.Row> part : parts) {
            List<String> ex = new ArrayList<>();
            for (String e : excluded) {
                if (part.stream().anyMatch(r -> r.id().equals(e))) {
                    ex.add(e);
                }
            }
            tables.add(Fixtures.table(part, 17, ex.toArray(new String[0])));
        }
        Map<String, Integer> needs = ShardedDraw.needs(c, tables.stream().map(t -> ShardedDraw.count(c, t)).toList());
        Hash32 targetKey = ShardedDraw.seed(c, seed).targetKey();
        List<ShardedDraw.Ranking> rankings = tables.stream()
                .map(t -> ShardedDraw.rank(ENGINE, c, t, targetKey, needs)).toList();
        return ShardedDraw.merge(ENGINE, inputs, seed, rankings);
    }

    private static Bundle bundle(DrawInputs inputs, SeedInputs seed, DrawResult result) {
        return BundleMapper.toBundle(inputs, seed, result, List.of(), DrawLog.of(List.of()));
    }
}
