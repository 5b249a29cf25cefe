package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.NonCooperationCase;
import java.time.LocalDate;
import java.util.List;

/**
 * A result given directly (S1 21): the non-cooperation case (null when unreachable), the date, the evidence's
 * attachment ids and the inspectors' explanation.
 */
public record DirectResult(NonCooperationCase nonCooperation, LocalDate date, List<String> evidence,
                           String explanation) {

    public DirectResult {
        if (date == null) {
            throw InspectionProblems.invalid("DATE_REQUIRED", "date", "须写明日期");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        explanation = explanation == null ? "" : explanation.strip();
    }
}
