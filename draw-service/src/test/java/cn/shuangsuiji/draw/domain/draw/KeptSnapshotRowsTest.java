package cn.shuangsuiji.draw.domain.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotRows;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The records kept when a snapshot is confirmed ({@link SnapshotRows}, issue 12) replay exactly what the streaming
 * reader gave: every field the intake reads, byte for byte, and so the same candidate table, roots, conflicts and
 * commitment hash as streaming the content at commit.
 */
class KeptSnapshotRowsTest {

    @Test
    void replayedRowsEqualTheStreamedRowsFieldForField() {
        for (var f : List.of(
                SnapshotFixtures.entities("s1", List.of("qy-amr"), ColumnarSnapshotIntakeTest.AT,
                        ColumnarSnapshotIntakeTest.entities()),
                SnapshotFixtures.entitiesWithoutPartyKeys("s2", List.of("qy-amr"), ColumnarSnapshotIntakeTest.AT,
                        ColumnarSnapshotIntakeTest.entities()),
                SnapshotFixtures.entities("s3", List.of("qy-amr"), ColumnarSnapshotIntakeTest.AT, unusual()))) {
            List<String> streamed = new ArrayList<>();
            EntitySnapshotReader.read(new ByteArrayInputStream(f.content()), f.snapshot(),
                    row -> streamed.add(exactly(row)));
            SnapshotRows kept = keep(f);
            List<String> replayed = new ArrayList<>();
            kept.replay(row -> replayed.add(exactly(row)));
            assertThat(kept.rows()).isEqualTo(streamed.size());
            assertThat(replayed).hasSize(streamed.size()).containsExactlyElementsOf(streamed);
        }
    }

    @Test
    void rowsOverManyBlocksReplayInOrder() {
        List<EntityRecord> many = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) { // ~1.6 MB kept: two blocks and more
            String uscc = DrawFixtures.uscc(i);
            many.add(new EntityRecord("ent-" + uscc, "ENTERPRISE", "130634", "C13", i % 2 == 0 ? "A" : "B",
                    "ACTIVE", List.of(), 0, uscc, "法人" + i,
                    List.of(DrawFixtures.key(uscc), DrawFixtures.key("法人证件" + i))));
        }
        var f = SnapshotFixtures.entities("big", List.of("qy-amr"), ColumnarSnapshotIntakeTest.AT, many);
        List<String> streamed = new ArrayList<>();
        EntitySnapshotReader.read(new ByteArrayInputStream(f.content()), f.snapshot(), row -> streamed.add(exactly(row)));
        SnapshotRows kept = keep(f);
        assertThat(kept.bytes()).isGreaterThan(1L << 20);
        List<String> replayed = new ArrayList<>();
        kept.replay(row -> replayed.add(exactly(row)));
        assertThat(replayed).containsExactlyElementsOf(streamed);
    }

    @Test
    void replayedIntakeCommitsToTheSameInputsAsTheStreamedIntake() {
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), ColumnarSnapshotIntakeTest.AT,
                ColumnarSnapshotIntakeTest.entities());
        var older = SnapshotFixtures.entitiesWithoutPartyKeys("s2", List.of("qy-psb"), ColumnarSnapshotIntakeTest.AT,
                ColumnarSnapshotIntakeTest.entities().subList(200, 400));
        List<TaskScope> scopes = ColumnarSnapshotIntakeTest.SCOPES;
        int compared = 0;
        for (TaskScope scope : scopes) {
            for (List<PlannedTask.SampleSize> sizes : List.of(ColumnarSnapshotIntakeTest.BY_CLASS,
                    ColumnarSnapshotIntakeTest.TWO_CLASSES, ColumnarSnapshotIntakeTest.WHOLE)) {
                for (EligibilityFacts facts : List.of(EligibilityFacts.none(), ColumnarSnapshotIntakeTest.FACTS)) {
                    ApprovedPlan plan = ColumnarSnapshotIntakeTest.plan(scope, sizes);
                    PreparedDraw streamed = streamed(plan, List.of(f, older), facts);
                    PreparedDraw replayed = replayed(plan, List.of(keep(f), keep(older)), facts);
                    assertThat(replayed.targets().size()).isEqualTo(streamed.targets().size());
                    assertThat(replayed.targets().targetsRoot()).isEqualTo(streamed.targets().targetsRoot());
                    assertThat(replayed.targets().eligibilityRoot()).isEqualTo(streamed.targets().eligibilityRoot());
                    assertThat(replayed.conflicts().all()).isEqualTo(streamed.conflicts().all());
                    assertThat(commit(replayed).commitment().hash()).isEqualTo(commit(streamed).commitment().hash());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(18);
        PreparedDraw all = replayed(ColumnarSnapshotIntakeTest.plan(TaskScope.everything(),
                ColumnarSnapshotIntakeTest.BY_CLASS), List.of(keep(f)), EligibilityFacts.none());
        assertThat(all.conflicts().all()).extracting(c -> c.reason()).contains(DrawPreparation.DECLARED_RELATION);
    }

    /** Records with odd fields: upper-case and short party keys, no keys, long ids, many tags, empty codes. */
    private static List<EntityRecord> unusual() {
        List<EntityRecord> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String uscc = DrawFixtures.uscc(i);
            List<String> keys = switch (i % 4) {
                case 0 -> List.of(DrawFixtures.key(uscc).toUpperCase(Locale.ROOT));
                case 1 -> List.of("abc", DrawFixtures.key(uscc), DrawFixtures.key("x" + i).substring(0, 63) + "g");
                case 2 -> List.of();
                default -> List.of(DrawFixtures.key(uscc), DrawFixtures.key("法人证件" + i), DrawFixtures.key("h" + i));
            };
            String id = i % 5 == 0 ? "ent-" + "长".repeat(200) + i : "ent-" + uscc;
            List<String> tags = i % 3 == 0 ? List.of("食品", "药品", "t" + i, "特种设备") : List.of();
            list.add(new EntityRecord(id, i % 2 == 0 ? "" : "ENTERPRISE", i % 6 == 0 ? "" : "13063" + (i % 10),
                    "", i % 7 == 0 ? "" : "A", "ACTIVE", tags, 0, uscc, "法人" + i, keys));
        }
        return list;
    }

    private static SnapshotRows keep(SnapshotFixtures.Fixture f) {
        SnapshotRows.Recorder recorder = SnapshotRows.recorder();
        EntitySnapshotReader.read(new ByteArrayInputStream(f.content()), f.snapshot(), recorder);
        return recorder.finish();
    }

    /** Every field of a row the intake may read, party keys and USCC as their exact bytes. */
    private static String exactly(EntityRow row) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < row.partyKeyCount(); i++) {
            keys.add(new String(row.buffer(), row.partyKeyOffset(i), row.partyKeyLength(i), StandardCharsets.UTF_8));
        }
        List<String> tags = new ArrayList<>();
        for (String t : List.of("食品", "药品", "特种设备", "t3", "t9")) {
            tags.add(t + "=" + row.hasAnyTag(List.of(t)));
        }
        return String.join("|", row.id(), row.objectType(), row.regionCode(), row.industry(), row.creditClass(),
                String.join(",", tags), String.valueOf(row.partyKeysPresent()),
                row.partyKeysPresent() ? "" : row.uscc(), String.join(",", keys));
    }

    private static PreparedDraw streamed(ApprovedPlan plan, List<SnapshotFixtures.Fixture> snapshots,
                                         EligibilityFacts facts) {
        CandidateIntake intake = DrawPreparation.intake(plan, plan.tasks().get(0),
                ColumnarSnapshotIntakeTest.inspectors(), 10);
        snapshots.forEach(s -> EntitySnapshotReader.read(new ByteArrayInputStream(s.content()), s.snapshot(),
                intake));
        return DrawPreparation.prepare(plan, plan.tasks().get(0), intake, ColumnarSnapshotIntakeTest.inspectors(),
                facts);
    }

    private static PreparedDraw replayed(ApprovedPlan plan, List<SnapshotRows> kept, EligibilityFacts facts) {
        CandidateIntake intake = DrawPreparation.intake(plan, plan.tasks().get(0),
                ColumnarSnapshotIntakeTest.inspectors(), 10);
        kept.forEach(rows -> rows.replay(intake));
        return DrawPreparation.prepare(plan, plan.tasks().get(0), intake, ColumnarSnapshotIntakeTest.inspectors(),
                facts);
    }

    private static DrawInputs commit(PreparedDraw p) {
        return p.commit("draw-1", "plan/joint-1", "hebei", "3", "2026-03-02T01:00:00Z", DemoBeacon.spec(20_000_000),
                List.of(new PublicSource("lottery", "numbers")), List.of(WitnessCommitment.of("w", "secret")));
    }
}
