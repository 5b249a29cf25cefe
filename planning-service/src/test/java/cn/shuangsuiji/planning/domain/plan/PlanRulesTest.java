package cn.shuangsuiji.planning.domain.plan;

import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.AMR;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.CULT;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.PSB;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.annual;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.catalogue;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.joint;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final PolicyParameters POLICY = PolicyParameters.defaults();

    private static DomainProblem problemOf(PlanContent content) {
        try {
            PlanRules.check(content, catalogue(), POLICY);
        } catch (DomainProblem e) {
            return e;
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void aValidAnnualPlanPasses() {
        assertThatCode(() -> PlanRules.check(annual(task("t1", "item-amr-1", AMR, SampleSize.ofRatio(null, "0.03"))),
                catalogue(), POLICY)).doesNotThrowAnyException();
    }

    @Test
    void ratioBelowTheOverallMinimumIsRefused() {
        DomainProblem p = problemOf(annual(task("t1", "item-amr-1", AMR, SampleSize.ofRatio(null, "0.02"))));
        assertThat(p.code()).isEqualTo("PLAN_RATIO_BELOW_POLICY");
        assertThat(p.fieldProblems()).extracting(FieldProblem::field).containsExactly("tasks[0].sampleSizes[0]");
    }

    @Test
    void ratioIsComparedPerCreditClassAndCountsRounds() {
        // C needs 30 % a year: 10 % × 2 rounds is too little, 10 % × 3 rounds is enough.
        InspectionTask twice = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 2, Optional.empty(), SampleSize.ofRatio(CreditClass.C, "0.10"));
        assertThat(problemOf(annual(twice)).code()).isEqualTo("PLAN_RATIO_BELOW_POLICY");
        InspectionTask thrice = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 3, Optional.empty(), SampleSize.ofRatio(CreditClass.C, "0.10"));
        assertThatCode(() -> PlanRules.check(annual(thrice), catalogue(), POLICY)).doesNotThrowAnyException();
        // A needs only 2 %.
        assertThatCode(() -> PlanRules.check(annual(task("t2", "item-amr-2", AMR,
                SampleSize.ofRatio(CreditClass.A, "0.02"))), catalogue(), POLICY)).doesNotThrowAnyException();
    }

    @Test
    void aCountIsCheckedAgainstTheEstimatedPopulation() {
        InspectionTask few = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1), 1, Optional.of(1000), SampleSize.ofCount(null, 20));
        assertThat(problemOf(annual(few)).code()).isEqualTo("PLAN_RATIO_BELOW_POLICY");
    }

    @Test
    void anUnpublishedOrWithdrawnItemIsRefused() {
        DomainProblem unknown = problemOf(annual(task("t1", "unknown", AMR, SampleSize.ofRatio(null, "0.05"))));
        assertThat(unknown.code()).isEqualTo("PLAN_ITEM_NOT_PUBLISHED");
        CatalogItem withdrawn = new CatalogItem("w-1", 1, AMR, false, Set.of(), null);
        assertThatThrownBy(() -> PlanRules.check(annual(task("t1", "w-1", AMR, SampleSize.ofRatio(null, "0.05"))),
                catalogue(withdrawn), POLICY)).extracting("code").isEqualTo("PLAN_ITEM_NOT_PUBLISHED");
    }

    @Test
    void anItemOfAnotherDepartmentIsRefusedUnlessClaimed() {
        // item-psb-1 belongs to qy-psb; the annual plan is qy-amr's.
        assertThat(problemOf(annual(task("t1", "item-psb-1", AMR, SampleSize.ofRatio(null, "0.05")))).code())
                .isEqualTo("PLAN_ITEM_NOT_OWNED");
        CatalogItem claimed = new CatalogItem("item-psb-7", 1, PSB, true, Set.of(AMR), null);
        assertThatCode(() -> PlanRules.check(annual(task("t1", "item-psb-7", AMR, SampleSize.ofRatio(null, "0.05"))),
                catalogue(claimed), POLICY)).doesNotThrowAnyException();
        // naming a department outside the plan as contributor is refused too
        assertThat(problemOf(annual(task("t1", "item-psb-1", PSB, SampleSize.ofRatio(null, "0.05")))).code())
                .isEqualTo("PLAN_ITEM_NOT_OWNED");
    }

    @Test
    void everyParticipatingDepartmentContributesAnItem() {
        InspectionTask jointTask = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR),
                        new ItemRef("item-psb-1", 1, PSB)), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30), 1,
                Optional.empty(), SampleSize.ofRatio(null, "0.05"));
        assertThatCode(() -> PlanRules.check(joint(List.of(PSB), jointTask), catalogue(), POLICY))
                .doesNotThrowAnyException();
        DomainProblem p = problemOf(joint(List.of(PSB, CULT), jointTask));
        assertThat(p.code()).isEqualTo("PLAN_PARTICIPANT_WITHOUT_ITEM");
        assertThat(p.fieldProblems()).singleElement().extracting(FieldProblem::message).asString().contains("qy-cult");
    }

    @Test
    void aWindowOutsideThePlanYearIsRefused() {
        InspectionTask late = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 1, 15), 1, Optional.empty(), SampleSize.ofRatio(null, "0.05"));
        assertThat(problemOf(annual(late)).code()).isEqualTo("PLAN_WINDOW_OUTSIDE_YEAR");
    }

    @Test
    void duplicateTasksAreRefused() {
        InspectionTask a = task("t1", "item-amr-1", AMR, SampleSize.ofRatio(null, "0.05"));
        InspectionTask sameItemsAndScope = task("t2", "item-amr-1", AMR, SampleSize.ofRatio(null, "0.10"));
        InspectionTask sameId = task("t1", "item-amr-2", AMR, SampleSize.ofRatio(null, "0.05"));
        assertThat(problemOf(annual(a, sameItemsAndScope)).code()).isEqualTo("PLAN_TASK_DUPLICATE");
        assertThat(problemOf(annual(a, sameId)).code()).isEqualTo("PLAN_TASK_DUPLICATE");
    }

    @Test
    void allBrokenRulesAreListedAndTheFirstNamesTheProblem() {
        InspectionTask bad = task("t1", List.of(new ItemRef("unknown", 1, AMR)), LocalDate.of(2023, 3, 1),
                LocalDate.of(2024, 3, 1), 1, Optional.empty(), SampleSize.ofRatio(null, "0.01"));
        DomainProblem p = problemOf(annual(bad));
        assertThat(p.code()).isEqualTo("PLAN_WINDOW_OUTSIDE_YEAR");
        assertThat(p.fieldProblems()).extracting(FieldProblem::code).containsExactly("PLAN_WINDOW_OUTSIDE_YEAR",
                "PLAN_ITEM_NOT_PUBLISHED", "PLAN_RATIO_BELOW_POLICY");
    }

    @Test
    void aCountAboveThePopulationIsOnlyAWarning() {
        InspectionTask many = task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1), 1, Optional.of(10), SampleSize.ofCount(null, 12));
        assertThatCode(() -> PlanRules.check(annual(many), catalogue(), POLICY)).doesNotThrowAnyException();
        assertThat(PlanRules.warnings(annual(many))).extracting(TaskWarning::code)
                .containsExactly("PLAN_FREQUENCY_BELOW_PRINCIPLE", "PLAN_COUNT_EXCEEDS_POPULATION");
        InspectionTask unknownPopulation = task("t1", "item-amr-1", AMR, SampleSize.ofCount(null, 12));
        assertThat(PlanRules.warnings(annual(unknownPopulation))).extracting(TaskWarning::code)
                .containsExactly("PLAN_FREQUENCY_BELOW_PRINCIPLE", "PLAN_POPULATION_UNKNOWN");
    }

    @Test
    void planShapeRules() {
        assertThatThrownBy(() -> new PlanContent(PlanKind.ANNUAL, 2024, "t", AMR, List.of(PSB), List.of()))
                .extracting("code").isEqualTo("PLAN_ANNUAL_WITH_PARTICIPANTS");
        assertThatThrownBy(() -> new PlanContent(PlanKind.JOINT, 2024, "t", AMR, List.of(), List.of()))
                .extracting("code").isEqualTo("PLAN_JOINT_WITHOUT_PARTICIPANTS");
        assertThatThrownBy(() -> task("t1", List.of(new ItemRef("item-amr-1", 1, AMR)), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 4, 1), 1, Optional.empty(), SampleSize.ofRatio(null, "0.05")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.ofRatio(null, "1.5")).isInstanceOf(IllegalArgumentException.class);
    }

    /** S2 18: a task drawn once a year gets a warning (in principle at least twice); twice a year none. */
    @Test
    void aFrequencyBelowTwiceAYearIsWarnedAbout() {
        InspectionTask once = PlanFixtures.task("once", List.of(new ItemRef("item-f", 1, PlanFixtures.AMR)),
                java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 6, 30), 1,
                java.util.Optional.empty(), SampleSize.ofRatio(null, "0.05"));
        InspectionTask twice = PlanFixtures.task("twice", List.of(new ItemRef("item-g", 1, PlanFixtures.AMR)),
                java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 6, 30), 2,
                java.util.Optional.empty(), SampleSize.ofRatio(null, "0.05"));
        assertThat(PlanRules.warnings(PlanFixtures.annual(once, twice)))
                .filteredOn(w -> w.code().equals("PLAN_FREQUENCY_BELOW_PRINCIPLE"))
                .extracting(TaskWarning::taskId).containsExactly("once");
    }
}
