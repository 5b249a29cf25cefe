package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查计划已批准 — one version of a plan was approved: it carries everything a draw needs, the tasks and the
 * policy parameters in force (rules.md §2, §3). A later version (amendment) is approved with a new event; the
 * newest approved version of a plan replaces the earlier ones.
 *
 * @param planId                     the plan's id, also the aggregate id and Kafka key
 * @param planVersion                the approved version, 1, 2, ...
 * @param kind                       ANNUAL (年度抽查计划), JOINT (部门联合抽查) or TEMPORARY_JOINT (临时性联合抽查)
 * @param year                       the plan year
 * @param title                      the plan's title
 * @param initiatingDepartmentId     the initiating (发起) department; for an annual plan its own department
 * @param participatingDepartmentIds the participating (参与) departments of a joint plan; empty for an annual plan
 * @param policy                     the policy version and parameters the plan was approved under
 * @param tasks                      the tasks
 * @param approvedBy                 the user who approved it
 */
@EventType(name = "ssj.planning.PlanApproved", version = 1, topic = Topics.PLANNING_PLANS)
public record PlanApproved(UUID eventId, Instant occurredAt, String planId, int planVersion, String kind, int year,
                           String title, String initiatingDepartmentId, List<String> participatingDepartmentIds,
                           PlanPolicyParameters policy, List<PlanTask> tasks, String approvedBy)
        implements IntegrationEvent {

    public PlanApproved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initiatingDepartmentId, "initiatingDepartmentId");
        Objects.requireNonNull(policy, "policy");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of()
                : List.copyOf(participatingDepartmentIds);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    @Override
    public String aggregateId() {
        return planId;
    }
}
