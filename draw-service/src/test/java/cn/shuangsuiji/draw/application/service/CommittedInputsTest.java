package cn.shuangsuiji.draw.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.draw.EligibilityFacts;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inputs kept between commit and execute: served without a reload, bounded by candidates, least recent out. */
class CommittedInputsTest {

    private static DrawInputs inputs(String drawId) {
        var plan = DrawFixtures.plan();
        return DrawPreparation.prepare(plan, plan.tasks().get(0), DrawFixtures.entities(),
                DrawFixtures.inspectors(2, List.of()), EligibilityFacts.none())
                .commit(drawId, "plan/joint-1", "hebei", "3", "2026-03-02T01:00:00Z", DemoBeacon.spec(20_000_000),
                        List.of(new PublicSource("lottery", "numbers")), List.of(WitnessCommitment.of("w", "s")));
    }

    @Test
    void aCommittedDrawIsServedWithoutReloadingAndTheLeastRecentGoesFirstPastTheBound() {
        CommittedInputs cache = new CommittedInputs(450); // 200 candidates per draw: two fit, not three
        DrawInputs a = inputs("d-a");
        DrawInputs b = inputs("d-b");
        AtomicInteger loads = new AtomicInteger();
        cache.put("d-a", a);
        cache.put("d-b", b);
        assertThat(cache.get("d-a", () -> { loads.incrementAndGet(); return a; })).isSameAs(a);
        cache.put("d-c", inputs("d-c")); // d-b is now the least recently used
        DrawInputs reloaded = inputs("d-b");
        assertThat(cache.get("d-b", () -> { loads.incrementAndGet(); return reloaded; })).isSameAs(reloaded);
        assertThat(loads).hasValue(1);
        assertThat(cache.get("d-c", () -> { loads.incrementAndGet(); return null; })).isNotNull();
        assertThat(loads).hasValue(1);
    }

    @Test
    void aDrawLargerThanTheBoundIsStillKeptAlone() {
        CommittedInputs cache = new CommittedInputs(100);
        DrawInputs a = inputs("d-a");
        cache.put("d-a", a);
        assertThat(cache.get("d-a", () -> null)).isSameAs(a);
        DrawInputs b = inputs("d-b");
        cache.put("d-b", b);
        AtomicInteger loads = new AtomicInteger();
        cache.get("d-a", () -> { loads.incrementAndGet(); return a; });
        assertThat(loads).hasValue(1);
    }
}
