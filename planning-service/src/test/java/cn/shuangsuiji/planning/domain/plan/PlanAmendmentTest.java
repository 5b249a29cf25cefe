package cn.shuangsuiji.planning.domain.plan;

import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.APPROVER;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.NOW;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.PLANNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import org.junit.jupiter.api.Test;

/** A published plan changes only through a new version with a reason, re-approved and re-published (S3 二(四)). */
class PlanAmendmentTest {

    @Test
    void amendingOpensTheNextVersionAsADraftAndKeepsThePublishedOneInForce() {
        Plan v1 = PlanWorkflowTest.planIn(PlanStatus.PUBLISHED);

        Plan v2 = v1.amend(PLANNER, NOW.plusSeconds(60), "新增一项任务");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(v2.amendmentReason()).contains("新增一项任务");
        assertThat(v2.latest()).isTrue();
        assertThat(v2.policy()).isEmpty();
        assertThat(v2.content()).isEqualTo(v1.content());
        assertThat(v2.firstPublishedAt()).isEqualTo(v1.firstPublishedAt());
        assertThat(v1.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(v1.latest()).isFalse();
    }

    @Test
    void theNewVersionIsApprovedAndPublishedAgainAndSupersedesTheOldOne() {
        Plan v1 = PlanWorkflowTest.planIn(PlanStatus.PUBLISHED);
        Plan v2 = v1.amend(PLANNER, NOW, "调整时间窗口");
        v2.submit(PLANNER, NOW);
        v2.approve(APPROVER, NOW, new PolicyRef(PolicyId.DEFAULT, 2));
        v2.publish(PLANNER, NOW);
        v1.supersede(PLANNER, NOW, v2.version());

        assertThat(v2.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(v2.policy()).contains(new PolicyRef(PolicyId.DEFAULT, 2));
        assertThat(v1.status()).isEqualTo(PlanStatus.SUPERSEDED);
    }

    @Test
    void anAmendmentNeedsAReasonAndOnlyOneCanBePending() {
        Plan v1 = PlanWorkflowTest.planIn(PlanStatus.PUBLISHED);
        assertThatThrownBy(() -> v1.amend(PLANNER, NOW, "")).extracting("code").isEqualTo("PLAN_REASON_REQUIRED");
        v1.amend(PLANNER, NOW, "第一次变更");
        assertThatThrownBy(() -> v1.amend(PLANNER, NOW, "第二次变更")).extracting("code")
                .isEqualTo("PLAN_AMENDMENT_PENDING");
    }

    @Test
    void aDraftIsEditedInPlaceNotAmended() {
        Plan draft = PlanFixtures.draftPlan();
        assertThatThrownBy(() -> draft.amend(PLANNER, NOW, "变更")).extracting("code")
                .isEqualTo("PLAN_TRANSITION_NOT_ALLOWED");
    }
}
