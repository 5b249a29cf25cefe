package cn.shuangsuiji.planning.domain.plan;

import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.APPROVER;
import static cn.shuangsuiji.planning.domain.plan.PlanFixtures.PLANNER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plans are filed by the end of January and published by the end of February (S1 7). */
class FilingDeadlinesTest {

    private static final PolicyParameters POLICY = PolicyParameters.defaults();

    @Test
    void deadlinesAreTheEndsOfTheMonths() {
        assertThat(FilingDeadlines.filingDeadline(2024, POLICY)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(FilingDeadlines.publicationDeadline(2024, POLICY)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void anUnfiledPlanIsOverdueAfterJanuaryAndUnpublishedAfterFebruary() {
        Plan draft = PlanFixtures.draftPlan();
        assertThat(FilingDeadlines.overdue(draft, POLICY, LocalDate.of(2024, 1, 31))).isEmpty();
        assertThat(FilingDeadlines.overdue(draft, POLICY, LocalDate.of(2024, 2, 1))).containsExactly("FILING_OVERDUE");
        assertThat(FilingDeadlines.overdue(draft, POLICY, LocalDate.of(2024, 3, 1)))
                .containsExactly("FILING_OVERDUE", "PUBLICATION_OVERDUE");
    }

    @Test
    void lateStepsAreReportedInChinaTime() {
        Plan plan = PlanFixtures.draftPlan();
        plan.submit(PLANNER, Instant.parse("2024-01-31T15:59:00Z")); // 23:59 in Beijing: in time
        plan.approve(APPROVER, Instant.parse("2024-02-10T00:00:00Z"), new PolicyRef(PolicyId.DEFAULT, 1));
        plan.publish(PLANNER, Instant.parse("2024-02-29T16:30:00Z")); // 1 March 00:30 in Beijing: late
        assertThat(FilingDeadlines.overdue(plan, POLICY, LocalDate.of(2024, 6, 1))).containsExactly("PUBLISHED_LATE");
    }
}
