package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.DrawServiceTest.code;
import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 随机源先于信标固定 through the draw service (issue 11 item 2): the operator enters a committed source's value
 * before the beacon round (a SOURCE entry, anchored in the transparency log); execution uses the logged value; a
 * value entered too late, in the wrong format, twice, or different at execution is refused; and a bundle whose
 * source value was swapped with everything downstream recomputed is caught by the verifier's pinned-source rule.
 */
class PinnedSourceTest {

    final DrawServiceTest draws = new DrawServiceTest();
    EnterSourceValue sources;

    @BeforeEach
    void setUp() {
        draws.setUp();
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return draws.now.get();
            }
        };
        sources = new EnterSourceValue(draws.stores, draws.stores, draws.stores, draws.stores.tlog().anchor,
                draws.stores.audit(), new TransactionTemplate(new DrawServiceTest.NoTransactions()), clock);
    }

    @Test
    void aSourceEnteredBeforeTheRoundIsLoggedAndUsedByTheExecution() {
        Draw draw = draws.committed();
        String id = draw.id().value();
        assertThat(code(() -> sources.enter(new DrawCommands.EnterSource(id, "福彩3D 2026040", "3,1,4", OPERATOR))))
                .isEqualTo("DRAW_SOURCE_FORMAT");
        assertThat(code(() -> sources.enter(new DrawCommands.EnterSource(id, "体彩", "3 1 4", OPERATOR))))
                .isEqualTo("DRAW_SOURCE_UNKNOWN");
        sources.enter(new DrawCommands.EnterSource(id, "福彩3D 2026040", "3 1 4", OPERATOR));
        assertThat(code(() -> sources.enter(new DrawCommands.EnterSource(id, "福彩3D 2026040", "3 1 5", OPERATOR))))
                .isEqualTo("DRAW_SOURCE_EXISTS");
        assertThat(draws.stores.tlog().leafIndexes(id)).hasSize(2);

        long round = draw.header().beaconRound();
        draws.now.set(Instant.ofEpochSecond(DemoBeacon.spec(round).roundTime() + 5)); // the round is public now
        assertThat(code(() -> draws.service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round),
                List.of("3 1 5"), List.of(DrawServiceTest.SECRET), OPERATOR)))).isEqualTo("DRAW_SOURCE_MISMATCH");
        draws.service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round), List.of(),
                List.of(DrawServiceTest.SECRET), OPERATOR));
        assertThat(draws.service.log(id, OPERATOR)).extracting(e -> e.kind())
                .containsExactly(LogKind.COMMIT, LogKind.SOURCE, LogKind.WITNESS, LogKind.EXECUTE);
        Bundle bundle = draws.service.bundle(id, OPERATOR);
        cn.shuangsuiji.draw.BundleSchema.assertValid(bundle);
        VerificationReport r = new BundleVerifier(1).verify(bundle);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.contains("not pinned"));
    }

    @Test
    void aSourceNotEnteredBeforeTheRoundRefusesTheExecutionAndTheLateEntry() {
        Draw draw = draws.committed();
        String id = draw.id().value();
        long round = draw.header().beaconRound();
        draws.now.set(Instant.ofEpochSecond(DemoBeacon.spec(round).roundTime()));
        assertThat(code(() -> sources.enter(new DrawCommands.EnterSource(id, "福彩3D 2026040", "3 1 4", OPERATOR))))
                .isEqualTo("DRAW_SOURCE_TOO_LATE");
        assertThat(code(() -> draws.service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round),
                List.of("3 1 4"), List.of(DrawServiceTest.SECRET), OPERATOR)))).isEqualTo("DRAW_SOURCE_NOT_PINNED");
    }

    @Test
    void aSwappedSourceValueWithEverythingRecomputedIsCaughtByThePinnedSourceRule() {
        Draw draw = draws.committed();
        String id = draw.id().value();
        sources.enter(new DrawCommands.EnterSource(id, "福彩3D 2026040", "3 1 4", OPERATOR));
        long round = draw.header().beaconRound();
        draws.now.set(Instant.ofEpochSecond(DemoBeacon.spec(round).roundTime() + 5));
        draws.service.execute(new DrawCommands.Execute(id, DemoBeacon.sign(round), List.of(),
                List.of(DrawServiceTest.SECRET), OPERATOR));
        Bundle genuine = draws.service.bundle(id, OPERATOR);

        // the forger redraws with another source value from the same frozen inputs: seed, result, the EXECUTE entry
        // and the chain are all recomputed honestly — only the SOURCE entry, logged before the beacon, remains
        var x = new cn.shuangsuiji.drawprotocol.DrawEngine();
        var inputs = cn.shuangsuiji.draw.domain.draw.FrozenInputs.read(draws.stores.load(id).orElseThrow());
        var seedInputs = new cn.shuangsuiji.drawprotocol.SeedInputs(new cn.shuangsuiji.drawprotocol.BeaconReading(round,
                DemoBeacon.sign(round)), List.of("3 1 5"), List.of(DrawServiceTest.SECRET));
        var result = x.draw(inputs, seedInputs);
        var log = cn.shuangsuiji.drawprotocol.DrawLog.empty();
        for (var e : BundleMapper.log(genuine.log()).entries()) {
            var fields = e.kind() == LogKind.EXECUTE ? cn.shuangsuiji.drawprotocol.DrawLog.execute(id, round, result)
                    : e.fields();
            log = log.append(e.kind(), e.at(), e.actor(), fields);
        }
        Bundle forged = BundleMapper.toBundle(inputs, seedInputs, result, List.of(), log);
        assertThat(forged.seed()).isNotEqualTo(genuine.seed());
        VerificationReport r = new BundleVerifier(1).verify(forged);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("pinned-source rule"));
        assertThat(new BundleVerifier(1).verify(genuine).ok()).isTrue();
    }
}
