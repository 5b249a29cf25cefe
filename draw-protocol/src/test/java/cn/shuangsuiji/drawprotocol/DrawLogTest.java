package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DrawLogTest {
    private final DrawEngine engine = new DrawEngine();

    private record Draw(DrawInputs inputs, DrawResult result) {
    }

    private Draw draw() {
        CandidateTable t = Fixtures.table(Fixtures.rows(100, "A", "B"), 0);
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.count("A", 3), StratumQuota.count("B", 2)), DrawPolicy.defaults());
        return new Draw(in, engine.draw(in, Fixtures.seedInputs()));
    }

    private static DrawLog honest(DrawLog log, Draw d) {
        DrawCommitment c = d.inputs().commitment();
        log = log.append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer", DrawLog.commit(c.drawId(), c.hash()));
        log = log.append(LogKind.WITNESS, "2026-03-02T01:01:00Z", "drawer",
                DrawLog.witness(c.drawId(), "witness-1", "secret-one-0123456789abcdef"));
        return log.append(LogKind.EXECUTE, "2026-03-02T01:11:00Z", "drawer", DrawLog.execute(c.drawId(), Fixtures.ROUND, d.result()));
    }

    private static VerificationReport verify(Draw d, DrawLog log) {
        DrawCommitment c = d.inputs().commitment();
        return new DrawVerifier().verify(c, c.hash(), d.inputs().targets(), d.inputs().inspectors(),
                d.inputs().conflicts(), Fixtures.seedInputs(), d.result().seed(), d.result(), List.of(), log);
    }

    @Test
    void anHonestLogVerifiesAndChainsFromZero() {
        Draw d = draw();
        DrawLog log = honest(DrawLog.empty(), d);
        assertThat(log.entries().get(0).prevHash()).isEqualTo(Hash32.ZERO);
        assertThat(log.chainProblems()).isEmpty();
        VerificationReport r = verify(d, log);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void aSilentRedrawIsCaughtAnAbandonedOneIsNot() {
        Draw d = draw();
        DrawLog first = DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-02T00:00:00Z", "drawer", DrawLog.commit("D-0", Hash32.sha256(new byte[] {1})))
                .append(LogKind.EXECUTE, "2026-03-02T00:10:00Z", "drawer",
                        java.util.Map.of("drawId", "D-0", "beaconRound", "1", "seed", "00", "resultHash", "00", "status", "OK"));
        assertThat(verify(d, honest(first, d)).errors()).anyMatch(e -> e.contains("never abandoned"));
        DrawLog abandoned = first.append(LogKind.ABANDON, "2026-03-02T00:20:00Z", "drawer",
                DrawLog.abandon("D-0", "result lost"));
        assertThat(verify(d, honest(abandoned, d)).errors()).isEmpty();
    }

    @Test
    void missingWitnessOrExecuteAndRequiredFieldsAreCaught() {
        Draw d = draw();
        DrawCommitment c = d.inputs().commitment();
        DrawLog onlyCommit = DrawLog.empty().append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer",
                DrawLog.commit(c.drawId(), c.hash()));
        assertThat(verify(d, onlyCommit).errors()).anyMatch(e -> e.contains("no EXECUTE"))
                .anyMatch(e -> e.contains("no WITNESS"));
        assertThatThrownBy(() -> DrawLog.empty().append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer",
                java.util.Map.of("drawId", "D-1"))).hasMessageContaining("commitmentHash");
    }
}
