package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.DueDates;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import java.time.LocalDate;
import java.util.List;

/** 检查任务摘要 — one line of "my tasks" or of an overdue list, with each part's status and due dates. */
public record TaskSummary(String id, long version, String status, String entityId, String entityName,
                          String leadDepartmentId, String leaderId, String planId, String taskId, String drawId,
                          LocalDate drawDate, List<PartSummary> parts) {

    /** A part's state, due dates and missed deadlines. */
    public record PartSummary(String departmentId, String status, DueDates dueDates, List<String> overdue) {
    }

    static TaskSummary of(InspectionRecord r) {
        return new TaskSummary(r.id().value(), r.version(), r.status().name(), r.entityId(), r.entityName(),
                r.leadDepartmentId(), r.leaderId(), r.planId(), r.taskId(), r.drawId(), r.drawDate(),
                r.parts().stream().map(TaskSummary::part).toList());
    }

    private static PartSummary part(DepartmentPart p) {
        return new PartSummary(p.departmentId(), p.status().name(), p.dueDates(),
                p.overdue().stream().map(o -> o.kind().name()).toList());
    }
}
