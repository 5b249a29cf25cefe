package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 计划内容 — what a plan version says: kind, year, title, initiating and participating departments, tasks.
 */
public record PlanContent(PlanKind kind, int year, String title, DepartmentId initiatingDepartment,
                          List<DepartmentId> participatingDepartments, List<InspectionTask> tasks) {

    public PlanContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initiatingDepartment, "initiatingDepartment");
        participatingDepartments = participatingDepartments == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(participatingDepartments));
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("计划名称不能为空且不超过 200 字");
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("计划年度无效：" + year);
        }
        if (!kind.isJoint() && !participatingDepartments.isEmpty()) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_ANNUAL_WITH_PARTICIPANTS", "年度计划不能有参与部门",
                    "年度抽查计划只属于一个部门；多部门请建立联合抽查计划");
        }
        if (kind.isJoint() && participatingDepartments.isEmpty()) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_JOINT_WITHOUT_PARTICIPANTS", "联合抽查缺少参与部门",
                    "联合抽查须有发起部门以外的至少一个参与部门");
        }
        if (participatingDepartments.contains(initiatingDepartment)) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_INITIATOR_PARTICIPATES", "发起部门重复",
                    "发起部门不能同时列为参与部门");
        }
    }

    /** The initiating department and the participating ones, in that order. */
    public List<DepartmentId> departments() {
        List<DepartmentId> all = new ArrayList<>();
        all.add(initiatingDepartment);
        all.addAll(participatingDepartments);
        return all;
    }

    /** Whether the department initiates or participates. */
    public boolean involves(DepartmentId department) {
        return initiatingDepartment.equals(department) || participatingDepartments.contains(department);
    }

    Set<TaskId> taskIds() {
        Set<TaskId> ids = new LinkedHashSet<>();
        tasks.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
