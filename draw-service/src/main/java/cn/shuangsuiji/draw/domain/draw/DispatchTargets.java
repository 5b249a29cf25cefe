package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 下派对象 — a draw made above may be dispatched to lower levels, and the receiving unit confirms it (S0 17;
 * S1 13). A receiving department must exist in the registry's department list, be at a lower administrative level
 * than the draw, and be named by the task ({@code dispatchedToDepartmentIds}) — or the dispatch is approved: made
 * by the initiating department's head, the caller.
 */
public final class DispatchTargets {

    /** Administrative levels from the top. */
    public static final List<String> LEVELS = AdministrativeLevel.LEVELS;

    private DispatchTargets() {
    }

    /** A department as the registry registered it (部门), with its region code (行政区划; null when unknown). */
    public record Department(String id, String level, String parentId, String regionCode) {

        public Department(String id, String level, String parentId) {
            this(id, level, parentId, null);
        }
    }

    /**
     * Refuses (DRAW_DISPATCH_DEPARTMENT, 422, one field error per department) unknown departments, departments not
     * below the draw's level, and departments the task did not name unless {@code approvedByHead}.
     */
    public static void require(DrawHeader header, PlannedTask task, List<String> departmentIds,
                               Function<String, Optional<Department>> directory, boolean approvedByHead) {
        int drawLevel = LEVELS.indexOf(header.level());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < departmentIds.size(); i++) {
            String id = departmentIds.get(i);
            String field = "departmentIds[" + i + "]";
            Optional<Department> d = directory.apply(id);
            if (d.isEmpty()) {
                problems.add(new FieldProblem(field, "DRAW_DISPATCH_UNKNOWN_DEPARTMENT", "部门 " + id + " 不存在（名录库未登记）"));
            } else if (LEVELS.indexOf(d.get().level()) <= drawLevel) {
                problems.add(new FieldProblem(field, "DRAW_DISPATCH_NOT_LOWER", "部门 " + id + "（" + d.get().level()
                        + "）不是本次抽取层级（" + header.level() + "）的下级部门"));
            } else if (!task.dispatchedToDepartmentIds().contains(id) && !approvedByHead) {
                problems.add(new FieldProblem(field, "DRAW_DISPATCH_NOT_IN_TASK", "任务 " + task.taskId()
                        + " 未指定下派至部门 " + id + "；计划外下派须由发起部门负责人批准（由负责人提交）"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainProblem(ProblemKind.INVALID, problems.get(0).code(), "不能下派至该部门",
                    problems.get(0).message(), problems);
        }
    }
}
