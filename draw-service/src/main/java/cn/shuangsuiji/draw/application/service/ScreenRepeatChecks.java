package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.CheckRecordBook;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.domain.check.RepeatCheckPolicy;
import cn.shuangsuiji.draw.domain.check.RepeatCheckScreening;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 避免重复检查 — screens a task's candidates at commitment against the checks other departments of the same
 * jurisdiction recorded this year ({@link RepeatCheckScreening}), under the plan policy's repeat-check policy.
 */
@Component
class ScreenRepeatChecks {

    private final CheckRecordBook checks;
    private final DepartmentDirectory departments;

    ScreenRepeatChecks(CheckRecordBook checks, DepartmentDirectory departments) {
        this.checks = checks;
        this.departments = departments;
    }

    RepeatCheckScreening screen(ApprovedPlan plan, PlannedTask task) {
        RepeatCheckPolicy policy = policy(plan.policy().repeatCheckPolicy());
        List<String> items = task.items().stream().map(PlannedTask.ItemRef::itemId).distinct().toList();
        if (items.isEmpty()) {
            return RepeatCheckScreening.none(policy);
        }
        return RepeatCheckScreening.screen(task, plan.year(), policy, checks.checksOf(plan.year(), items),
                d -> departments.department(d).map(DispatchTargets.Department::regionCode)
                        .filter(r -> !r.isBlank()));
    }

    private static RepeatCheckPolicy policy(String parameter) {
        try {
            return RepeatCheckPolicy.of(parameter);
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalid("DRAW_REPEAT_CHECK_POLICY_UNKNOWN",
                    "计划政策的重复检查处理方式“" + parameter + "”无效，应为 EXCLUDE（排除）或 FLAG（标记）", List.of());
        }
    }
}
