package cn.shuangsuiji.draw.domain.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 已批准计划 — the draw service's read model of the newest approved version of a plan (from planning's
 * PlanApproved; rules.md §2, §3): what a draw of one of its tasks needs.
 *
 * @param planId                     the plan's id
 * @param planVersion                the approved version
 * @param kind                       ANNUAL, JOINT or TEMPORARY_JOINT
 * @param year                       the plan year
 * @param initiatingDepartmentId     发起部门
 * @param participatingDepartmentIds 参与部门 (empty for an annual plan)
 * @param policy                     the policy parameters in force
 * @param tasks                      the tasks
 * @param withdrawn                  whether the plan was withdrawn (no further draws)
 */
public record ApprovedPlan(String planId, int planVersion, String kind, int year, String initiatingDepartmentId,
                           List<String> participatingDepartmentIds, PolicyFacts policy, List<PlannedTask> tasks,
                           boolean withdrawn) {

    public ApprovedPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(initiatingDepartmentId, "initiatingDepartmentId");
        Objects.requireNonNull(policy, "policy");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of()
                : List.copyOf(participatingDepartmentIds);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public Optional<PlannedTask> task(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }

    /** The plan, withdrawn (撤销): no further draw may be made for it. */
    public ApprovedPlan withdraw() {
        return new ApprovedPlan(planId, planVersion, kind, year, initiatingDepartmentId, participatingDepartmentIds,
                policy, tasks, true);
    }
}
