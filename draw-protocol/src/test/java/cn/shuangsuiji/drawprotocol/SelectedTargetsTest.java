package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The engine's selection is a columnar list ({@link SelectedTargets}): it must encode, hash and compare exactly as
 * the same targets made as objects do, whatever the ids (one width, several widths, not ASCII, not even valid UTF-8).
 */
class SelectedTargetsTest {
    private static final List<StratumQuota> QUOTAS = List.of(StratumQuota.ratio("A", "0.05"),
            StratumQuota.ratio("B", "0.1"), StratumQuota.count("C", 40));

    @Test
    void theColumnsEncodeHashAndCompareAsTheTargetsMadeAsObjects() {
        List<Fixtures.Row> fixed = Fixtures.rows(6000, "A", "B", "C");
        List<Fixtures.Row> varying = new ArrayList<>(fixed);
        List<Fixtures.Row> chinese = new ArrayList<>(fixed);
        for (int i = 0; i < 3000; i++) {
            varying.add(new Fixtures.Row("X" + i, i % 2 == 0 ? "A" : "C", ""));
            chinese.add(new Fixtures.Row("企业-" + i + (i % 3 == 0 ? "号" : ""), i % 2 == 0 ? "B" : "C", "区"));
        }
        for (List<Fixtures.Row> rows : List.of(fixed, varying, chinese)) {
            CandidateTable t = Fixtures.table(rows, 9, rows.get(7).id(), rows.get(70).id());
            DrawResult r = draw(t);
            assertThat(r.selected()).isInstanceOf(SelectedTargets.class).hasSizeGreaterThan(300);
            assertSameAsObjects(r);
        }
    }

    @Test
    void idsThatAreNotValidUtf8AreEncodedAsTheirStrings() {
        CandidateTable.Builder b = CandidateTable.builder();
        for (int i = 0; i < 200; i++) {
            byte[] id = ("ID-" + i + "-").getBytes(StandardCharsets.UTF_8);
            byte[] bad = java.util.Arrays.copyOf(id, id.length + 2);
            bad[id.length] = (byte) 0xC3; // a lead byte followed by one that does not continue it
            bad[id.length + 1] = (byte) (i % 2 == 0 ? 0x28 : 0xFF);
            b.addUtf8(bad, 0, bad.length, i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C", "");
        }
        DrawResult r = draw(b.build());
        assertThat(r.selected()).isInstanceOf(SelectedTargets.class).isNotEmpty();
        assertSameAsObjects(r);
    }

    @Test
    void aSelectedIdThatIsNoTargetIdAsTextFailsTheDrawAsBefore() {
        CandidateTable.Builder b = CandidateTable.builder();
        for (int i = 0; i < 100; i++) {
            b.add("ID-" + i, "A", "");
        }
        byte[] bad = new byte[40];
        java.util.Arrays.fill(bad, (byte) 0xFF); // 40 bytes in the table, 40 × U+FFFD = 120 bytes as text
        b.addUtf8(bad, 0, bad.length, "A", "");
        CandidateTable t = b.build();
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.count("A", 101)), DrawPolicy.defaults());
        assertThatThrownBy(() -> new DrawEngine(2).draw(in, Fixtures.seedInputs()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target id must have 1..64");
    }

    @Test
    void theColumnsAreImmutableAndUnequalToAnotherSelection() {
        CandidateTable t = Fixtures.table(Fixtures.rows(3000, "A", "B", "C"), 3);
        DrawResult r = draw(t);
        List<RankedTarget> selected = r.selected();
        assertThatThrownBy(() -> selected.set(0, selected.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> selected.remove(0)).isInstanceOf(UnsupportedOperationException.class);

        List<RankedTarget> changed = new ArrayList<>(selected);
        RankedTarget first = changed.get(0);
        changed.set(0, new RankedTarget(first.id(), first.stratum(), first.key() + 1));
        assertThat(selected).isNotEqualTo(changed);
        assertThat(changed).isNotEqualTo(selected);
        DrawResult other = new DrawResult(r.commitmentHash(), r.seed(), r.status(), r.failure(), r.strata(), changed,
                r.teams(), r.experts());
        assertThat(other.hash()).isNotEqualTo(r.hash());

        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.ratio("A", "0.05"), StratumQuota.ratio("B", "0.1"), StratumQuota.count("C", 41)),
                DrawPolicy.defaults());
        DrawResult larger = new DrawEngine(2).draw(in, Fixtures.seedInputs());
        assertThat(larger.selected()).isInstanceOf(SelectedTargets.class).isNotEqualTo(selected);
        assertThat(larger.selected().subList(0, selected.size())).isNotEqualTo(selected);
    }

    private static DrawResult draw(CandidateTable t) {
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(), QUOTAS,
                DrawPolicy.defaults());
        DrawResult r = new DrawEngine(2).draw(in, Fixtures.seedInputs());
        assertThat(r).isEqualTo(new DrawEngine(1).draw(in, Fixtures.seedInputs()));
        return r;
    }

    /** The same result with its targets made as objects: same bytes, same hash, equal both ways. */
    private static void assertSameAsObjects(DrawResult r) {
        List<RankedTarget> objects = new ArrayList<>();
        for (RankedTarget x : r.selected()) {
            objects.add(new RankedTarget(new TargetId(x.id().value()), x.stratum(), x.key()));
        }
        DrawResult o = new DrawResult(r.commitmentHash(), r.seed(), r.status(), r.failure(), r.strata(), objects,
                r.teams(), r.experts());
        assertThat(o.selected()).isNotInstanceOf(SelectedTargets.class);
        assertThat(r.encode()).isEqualTo(o.encode());
        assertThat(r.hash()).isEqualTo(o.hash());
        assertThat(r).isEqualTo(o);
        assertThat(o).isEqualTo(r);
        assertThat(r.hashCode()).isEqualTo(o.hashCode());
        // key order over all strata, ties by id bytes (§6)
        for (int i = 1; i < objects.size(); i++) {
            assertThat(objects.get(i - 1).compareTo(objects.get(i))).isNegative();
        }
    }
}
