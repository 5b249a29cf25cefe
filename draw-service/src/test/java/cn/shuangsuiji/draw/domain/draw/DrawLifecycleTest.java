package cn.shuangsuiji.draw.domain.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 lifecycle: a draw that cannot select anyone is refused at commitment — all-zero quotas
 * ({@code DRAW_QUOTAS_ZERO}) or no eligible candidate ({@code DRAW_POOL_EMPTY}); a zero quota beside a positive one,
 * or a pool with one eligible candidate left, is allowed.
 */
class DrawLifecycleTest {

    static final EligibilityFacts NONE = new EligibilityFacts(Map.of(), Set.of(), Set.of());

    static String code(Supplier<?> work) {
        try {
            work.get();
            return null;
        } catch (DomainProblem p) {
            return p.code();
        }
    }

    static PreparedDraw prepare(ApprovedPlan plan, List<EntityRecord> entities, EligibilityFacts facts) {
        return DrawPreparation.prepare(plan, plan.tasks().get(0), entities, DrawFixtures.inspectors(2, List.of()),
                facts);
    }

    @Test
    void refusesAllZeroQuotas() {
        var plan = DrawFixtures.plan(2, List.of(new PlannedTask.SampleSize("A", null, 0),
                new PlannedTask.SampleSize("B", null, 0)));
        assertThat(code(() -> prepare(plan, DrawFixtures.entities(), NONE))).isEqualTo("DRAW_QUOTAS_ZERO");
        var whole = DrawFixtures.plan(2, List.of(new PlannedTask.SampleSize(null, null, 0)));
        assertThatThrownBy(() -> prepare(whole, DrawFixtures.entities(), NONE))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("DRAW_QUOTAS_ZERO");
                    assertThat(p.getMessage()).isNotBlank();
                });
    }

    @Test
    void allowsAZeroQuotaBesideAPositiveOne() {
        var plan = DrawFixtures.plan(2, List.of(new PlannedTask.SampleSize("A", null, 0),
                new PlannedTask.SampleSize("B", null, 3)));
        assertThat(prepare(plan, DrawFixtures.entities(), NONE).strata()).hasSize(2);
    }

    @Test
    void refusesAScopeWithNoCandidate() {
        assertThat(code(() -> prepare(DrawFixtures.plan(), List.of(), NONE))).isEqualTo("DRAW_POOL_EMPTY");
        // entities whose class has no quota and no OTHER stratum do not enter the table
        List<EntityRecord> unclassed = DrawFixtures.entities().stream()
                .map(e -> new EntityRecord(e.id(), e.objectType(), e.regionCode(), e.industry(), "D", e.status(),
                        e.tags(), e.flags(), e.uscc(), e.legalRepresentative(), e.partyKeys())).toList();
        assertThat(code(() -> prepare(DrawFixtures.plan(), unclassed, NONE))).isEqualTo("DRAW_POOL_EMPTY");
    }

    @Test
    void refusesAPoolWhoseEveryCandidateIsExcludedAndAllowsOneLeft() {
        List<EntityRecord> three = DrawFixtures.entities().subList(0, 3);
        var plan = DrawFixtures.plan(1, List.of(new PlannedTask.SampleSize(null, null, 1)));
        Map<String, Integer> drawnOnce = Map.of(three.get(0).id(), 1, three.get(1).id(), 1);
        var allOut = new EligibilityFacts(drawnOnce, Set.of(three.get(2).id()), Set.of());
        assertThat(code(() -> prepare(plan, three, allOut))).isEqualTo("DRAW_POOL_EMPTY");

        var oneLeft = new EligibilityFacts(drawnOnce, Set.of(), Set.of());
        PreparedDraw p = prepare(plan, three, oneLeft);
        assertThat(p.targets().size() - p.targets().exclusionCount()).isEqualTo(1);
    }
}
