package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.FollowUpKind;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import java.time.LocalDate;

/** One follow-up step as entered. */
public record FollowUpInput(FollowUpKind kind, String targetDepartmentId, LocalDate date, LocalDate dueDate,
                            String outcome, String note) {

    public FollowUpInput {
        if (kind == null) {
            throw InspectionProblems.invalid("FOLLOW_UP_KIND_REQUIRED", "kind", "须选择后续处置类别");
        }
        if (date == null) {
            throw InspectionProblems.invalid("DATE_REQUIRED", "date", "须写明日期");
        }
    }
}
