package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import java.util.List;
import java.util.Objects;

/** 计划草稿内容 — the editable part of a plan: title, participating departments, tasks. */
public record PlanDraft(String title, List<DepartmentId> participatingDepartments, List<InspectionTask> tasks) {

    public PlanDraft {
        Objects.requireNonNull(title, "title");
        participatingDepartments = participatingDepartments == null ? List.of() : List.copyOf(participatingDepartments);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
