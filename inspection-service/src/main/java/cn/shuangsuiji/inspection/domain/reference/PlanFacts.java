package cn.shuangsuiji.inspection.domain.reference;

import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 已批准计划（检查所需） — what the inspection needs of an approved plan: the initiating department, the policy
 * parameters and, per task, the item versions referenced with their checking departments.
 */
public record PlanFacts(String planId, int planVersion, String initiatingDepartmentId, PolicyTerms policy,
                        List<TaskItems> tasks) {

    public PlanFacts {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(initiatingDepartmentId, "initiatingDepartmentId");
        policy = policy == null ? PolicyTerms.DEFAULT : policy;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The item versions of a task. */
    public Optional<TaskItems> task(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }

    /** One task's item versions. */
    public record TaskItems(String taskId, List<ItemRef> items) {

        public TaskItems {
            Objects.requireNonNull(taskId, "taskId");
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
