package cn.shuangsuiji.planning.domain.plan;

import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.APPROVER;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.NOW;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.PLANNER;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.draftPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanWorkflowTest {

    private static final PolicyRef POLICY = new PolicyRef(PolicyId.DEFAULT, 1);

    @Test
    void goesFromDraftToPublishedRecordingWhoAndWhenAndThePolicyVersion() {
        Plan plan = draftPlan();
        plan.submit(PLANNER, NOW.plusSeconds(10));
        plan.approve(APPROVER, NOW.plusSeconds(20), POLICY);
        plan.publish(PLANNER, NOW.plusSeconds(30));

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.policy()).contains(POLICY);
        assertThat(plan.policyTightenedBy()).isEmpty();
        assertThat(plan.firstSubmittedAt()).contains(NOW.plusSeconds(10));
        assertThat(plan.firstPublishedAt()).contains(NOW.plusSeconds(30));
        assertThat(plan.history()).extracting(PlanStep::action)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(plan.history().get(2).by()).isEqualTo(APPROVER);
        assertThat(plan.history().get(2).at()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void whoeverDraftedOrSubmittedAVersionDoesNotApproveIt() {
        Plan drafted = draftPlan();
        drafted.submit(new Actor("u-other", PlanFixtures.AMR), NOW);
        assertThatThrownBy(() -> drafted.approve(PLANNER, NOW, POLICY)).isInstanceOf(DomainProblem.class)
                .extracting("code").isEqualTo("PLAN_SELF_APPROVAL");

        Plan submitted = draftPlan();
        Actor head = new Actor("u-head", PlanFixtures.AMR);
        submitted.submit(head, NOW);
        assertThatThrownBy(() -> submitted.approve(head, NOW, POLICY)).extracting("code")
                .isEqualTo("PLAN_SELF_APPROVAL");
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        submitted.approve(APPROVER, NOW, POLICY);
        assertThat(submitted.status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void recordsTheJurisdictionVersionThatTightenedTheDepartmentPolicy() {
        PolicyRef department = new PolicyRef(new PolicyId("qy-amr"), 3);
        PolicyRef jurisdiction = new PolicyRef(new PolicyId("130634"), 2);
        Plan plan = draftPlan();
        plan.submit(PLANNER, NOW);
        plan.approve(APPROVER, NOW, department, java.util.Optional.of(jurisdiction));

        assertThat(plan.policy()).contains(department);
        assertThat(plan.policyTightenedBy()).contains(jurisdiction);
        assertThat(plan.history().get(2).note()).isEqualTo("qy-amr v3 + 130634 v2");
    }

    @Test
    void aSubmittedPlanCanBeReturnedToDraftWithAReasonAndRevised() {
        Plan plan = draftPlan();
        plan.submit(PLANNER, NOW);
        plan.returnToDraft(APPROVER, NOW, "比例需复核");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.history().get(2).note()).isEqualTo("比例需复核");
        plan.revise(PlanFixtures.annual(PlanFixtures.task("t9", "item-amr-9", PlanFixtures.AMR,
                cn.shuangsuiji.planning.domain.plan.SampleSize.ofRatio(null, "0.1"))), PLANNER, NOW);
        assertThat(plan.content().tasks()).extracting(t -> t.id().value()).containsExactly("t9");
        assertThat(plan.firstSubmittedAt()).contains(NOW);
    }

    @Test
    void aDraftWithoutTasksCannotBeSubmitted() {
        Plan plan = Plan.draft(new PlanId("p-empty"), PlanFixtures.annual(), PLANNER, NOW);
        assertThatThrownBy(() -> plan.submit(PLANNER, NOW)).isInstanceOf(DomainProblem.class)
                .extracting("code").isEqualTo("PLAN_HAS_NO_TASKS");
    }

    @Test
    void onlyTheInitiatingDepartmentDraftsAPlan() {
        assertThatThrownBy(() -> Plan.draft(new PlanId("p-x"), PlanFixtures.annual(),
                new Actor("u", PlanFixtures.PSB), NOW)).extracting("code").isEqualTo("PLAN_NOT_INITIATOR");
    }

    @Test
    void withdrawalNeedsAReason() {
        Plan plan = draftPlan();
        assertThatThrownBy(() -> plan.withdraw(PLANNER, NOW, " ")).extracting("code")
                .isEqualTo("PLAN_REASON_REQUIRED");
        plan.withdraw(PLANNER, NOW, "任务取消");
        assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
    }

    static Stream<Arguments> everyTransitionFromEveryStatus() {
        Consumer<Plan> submit = p -> p.submit(PLANNER, NOW);
        Consumer<Plan> approve = p -> p.approve(APPROVER, NOW, POLICY);
        Consumer<Plan> publish = p -> p.publish(PLANNER, NOW);
        Consumer<Plan> giveBack = p -> p.returnToDraft(APPROVER, NOW, "退回");
        Consumer<Plan> amend = p -> p.amend(PLANNER, NOW, "调整");
        Consumer<Plan> withdraw = p -> p.withdraw(PLANNER, NOW, "撤销");
        Consumer<Plan> revise = p -> p.revise(p.content(), PLANNER, NOW);
        List<Object[]> actions = List.of(new Object[] {"submit", submit}, new Object[] {"approve", approve},
                new Object[] {"publish", publish}, new Object[] {"return", giveBack}, new Object[] {"amend", amend},
                new Object[] {"withdraw", withdraw}, new Object[] {"revise", revise});
        // allowed[status][action]
        java.util.Map<PlanStatus, List<String>> allowed = java.util.Map.of(
                PlanStatus.DRAFT, List.of("submit", "withdraw", "revise"),
                PlanStatus.SUBMITTED, List.of("approve", "return", "withdraw"),
                PlanStatus.APPROVED, List.of("publish", "withdraw"),
                PlanStatus.PUBLISHED, List.of("amend", "withdraw"),
                PlanStatus.WITHDRAWN, List.of(),
                PlanStatus.SUPERSEDED, List.of());
        return allowed.keySet().stream().flatMap(status -> actions.stream().map(a -> Arguments.of(status, a[0], a[1],
                allowed.get(status).contains((String) a[0]))));
    }

    @ParameterizedTest(name = "{0} + {1} allowed={3}")
    @MethodSource("everyTransitionFromEveryStatus")
    void allowsExactlyTheWorkflowTransitions(PlanStatus from, String action, Consumer<Plan> step, boolean allowed) {
        Plan plan = planIn(from);
        if (allowed) {
            step.accept(plan);
            assertThat(plan.history()).hasSizeGreaterThan(1);
        } else {
            assertThatThrownBy(() -> step.accept(plan)).isInstanceOf(DomainProblem.class)
                    .extracting("code").isEqualTo("PLAN_TRANSITION_NOT_ALLOWED");
            assertThat(plan.status()).isEqualTo(from);
        }
    }

    static Plan planIn(PlanStatus status) {
        Plan plan = draftPlan();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> plan.submit(PLANNER, NOW);
            case APPROVED -> {
                plan.submit(PLANNER, NOW);
                plan.approve(APPROVER, NOW, POLICY);
            }
            case PUBLISHED -> {
                plan.submit(PLANNER, NOW);
                plan.approve(APPROVER, NOW, POLICY);
                plan.publish(PLANNER, NOW);
            }
            case WITHDRAWN -> plan.withdraw(PLANNER, NOW, "撤销");
            case SUPERSEDED -> {
                plan.submit(PLANNER, NOW);
                plan.approve(APPROVER, NOW, POLICY);
                plan.publish(PLANNER, NOW);
                plan.supersede(PLANNER, NOW, 2);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        return plan;
    }
}
