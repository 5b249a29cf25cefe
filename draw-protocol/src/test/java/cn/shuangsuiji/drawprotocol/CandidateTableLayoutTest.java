package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The packed layouts of {@link CandidateTable} (ids of one width without offsets, of varying widths with them;
 * areas as one or two bytes) give the same rows, records, roots and draws as the protocol defines them,
 * checked against records built independently with {@link Canonical}.
 */
class CandidateTableLayoutTest {
    private record Row(String id, String stratum, String area, String exclusion) {
    }

    /** 18-character ids; {@code areas} distinct areas; every 97th row excluded. */
    private static List<Row> rows(int n, int areas, Random rnd) {
        List<Row> rows = new ArrayList<>();
        String[] strata = {"A", "B", "C"};
        for (int i = 0; i < n; i++) {
            String id = String.format("91%06d%010d", 110000 + (i % 3000), (i * 2654435761L) % 10_000_000_000L);
            rows.add(new Row(id, strata[rnd.nextInt(3)], i % 5 == 0 ? "" : "AREA-" + (i % areas),
                    i % 97 == 0 ? "ANNUAL_LIMIT" : null));
        }
        return rows;
    }

    private static CandidateTable build(List<Row> rows, long shuffle) {
        List<Row> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, new Random(shuffle));
        CandidateTable.Builder b = CandidateTable.builder(rows.size());
        for (Row r : copy) {
            byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
            b.addUtf8(id, 0, id.length, r.stratum(), r.area());
            if (r.exclusion() != null) {
                b.exclude(r.id(), r.exclusion());
            }
        }
        return b.build();
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> s = new ArrayList<>(rows);
        s.sort((x, y) -> Arrays.compareUnsigned(x.id().getBytes(StandardCharsets.UTF_8),
                y.id().getBytes(StandardCharsets.UTF_8)));
        return s;
    }

    /** Rows, records and both roots as the protocol defines them (§3), from the rows alone. */
    private static void assertMatches(CandidateTable t, List<Row> rows) {
        List<Row> s = sorted(rows);
        assertThat(t.size()).isEqualTo(s.size());
        List<byte[]> targets = new ArrayList<>();
        List<byte[]> exclusions = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Row r = s.get(i);
            assertThat(t.id(i)).isEqualTo(r.id());
            assertThat(t.stratum(i)).isEqualTo(r.stratum());
            assertThat(t.area(i)).isEqualTo(r.area());
            assertThat(t.exclusionReason(i)).isEqualTo(r.exclusion());
            assertThat(t.indexOf(r.id())).isEqualTo(i);
            targets.add(new Canonical().str("ssj.target").str(r.id()).str(r.stratum()).str(r.area()).toByteArray());
            if (r.exclusion() != null) {
                exclusions.add(new Canonical().str("ssj.exclusion").str(r.id()).str(r.exclusion()).toByteArray());
            }
        }
        Hash32 targetsRoot = Merkle.rootOfRecords(targets);
        Hash32 eligibilityRoot = Merkle.rootOfRecords(exclusions);
        assertThat(t.targetsRoot()).isEqualTo(targetsRoot);
        assertThat(t.eligibilityRoot()).isEqualTo(eligibilityRoot);
        for (int threads : new int[] {1, 2, 3}) {
            assertThat(t.computeTargetsRoot(threads)).isEqualTo(targetsRoot);
            assertThat(t.computeEligibilityRoot(threads)).isEqualTo(eligibilityRoot);
        }
        assertThat(Merkle.root(t.size(), t::encodeTarget, 2)).isEqualTo(targetsRoot);
    }

    @Test
    void idsOfOneWidthNeedNoOffsetsAndAFewAreasOneByte() {
        List<Row> rows = rows(140_000, 40, new Random(1));
        CandidateTable t = build(rows, 7);
        assertMatches(t, rows);
        // 18 id bytes + stratum + area + exclusion, and the row numbers of the exclusions
        assertThat(t.memoryBytes()).isEqualTo(21L * t.size() + 4L * t.exclusionCount());
        assertThat(t.idOffsets()).isNull();
        assertThat(t.idWidth()).isEqualTo(18);
    }

    @Test
    void moreThan256AreasTakeTwoBytes() {
        List<Row> rows = rows(70_000, 1000, new Random(2));
        CandidateTable t = build(rows, 3);
        assertMatches(t, rows);
        assertThat(t.memoryBytes()).isEqualTo(22L * t.size() + 4L * t.exclusionCount());
    }

    @Test
    void anIdOfAnotherWidthAfterManyOfOneKeepsOffsets() {
        List<Row> rows = new ArrayList<>(rows(70_000, 10, new Random(3)));
        // added last after the shuffle would be too late to test the switch: put them in the middle and at the end
        List<Row> odd = List.of(new Row("9", "A", "", null), new Row("91110000", "B", "AREA-1", "X"),
                new Row("91110000000000000000000000000000000000000001", "C", "", null),
                new Row("检查对象", "A", "AREA-2", null), new Row("91110000000000000Z", "A", "", null));
        CandidateTable.Builder b = CandidateTable.builder(16);
        for (int i = 0; i < rows.size(); i++) {
            if (i == 35_000) {
                for (Row r : odd) {
                    b.add(r.id(), r.stratum(), r.area());
                }
            }
            Row r = rows.get(i);
            b.add(r.id(), r.stratum(), r.area());
        }
        List<Row> all = new ArrayList<>(rows);
        all.addAll(odd);
        for (Row r : all) {
            if (r.exclusion() != null) {
                b.exclude(r.id(), r.exclusion());
            }
        }
        CandidateTable t = b.build();
        assertMatches(t, all);
        assertThat(t.idOffsets()).isNotNull();
        assertThat(t.idWidth()).isZero();
    }

    @Test
    void keptFirstDuplicatesOfOneWidth() {
        CandidateTable t = CandidateTable.builder().keepFirstDuplicate().add("911100000000000002", "A", "")
                .add("911100000000000001", "B", "AREA").add("911100000000000002", "C", "")
                .add("911100000000000001", "D", "").build();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.stratum(0)).isEqualTo("B");
        assertThat(t.area(0)).isEqualTo("AREA");
        assertThat(t.stratum(1)).isEqualTo("A");
        assertThat(t.memoryBytes()).isEqualTo(2 * 21L);
    }

    @Test
    void drawsOverEitherLayoutAreTheSmallestKeysOfTheProtocol() {
        for (boolean varying : new boolean[] {false, true}) {
            List<Row> rows = new ArrayList<>(rows(90_000, 20, new Random(4)));
            if (varying) {
                for (int i = 0; i < 2000; i++) {
                    rows.add(new Row("X" + i, "A", "", null));
                }
            }
            CandidateTable t = build(rows, 5);
            assertThat(t.idOffsets() == null).isEqualTo(!varying);
            List<StratumQuota> quotas = List.of(StratumQuota.ratio("A", "0.01"), StratumQuota.ratio("B", "0.02"),
                    StratumQuota.count("C", 30));
            DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(), quotas,
                    DrawPolicy.defaults());
            DrawResult r = new DrawEngine(2).draw(in, Fixtures.seedInputs());
            assertThat(r).isEqualTo(new DrawEngine(1).draw(in, Fixtures.seedInputs()));
            DrawSeed seed = DrawSeed.fromSeed(r.seed());
            for (StratumOutcome o : r.strata()) {
                List<RankedTarget> all = new ArrayList<>();
                for (Row row : rows) {
                    if (row.exclusion() == null && row.stratum().equals(o.stratum())) {
                        all.add(new RankedTarget(new TargetId(row.id()), o.stratum(), RankKeys.target(seed, row.id())));
                    }
                }
                all.sort(Comparator.naturalOrder());
                assertThat(r.selected().stream().filter(x -> x.stratum().equals(o.stratum())).toList())
                        .containsExactlyElementsOf(all.subList(0, (int) o.quota()));
                assertThat(o.reserve()).containsExactlyElementsOf(all.subList((int) o.quota(),
                        (int) o.quota() + DrawPolicy.defaults().reservePerStratum()));
            }
        }
    }
}
