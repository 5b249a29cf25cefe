package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.ResultForm;

/** A proposed correction: the corrected results and the reason. */
public record CorrectionInput(ResultForm form, String reason) {

    public CorrectionInput {
        if (form == null) {
            throw InspectionProblems.invalid("CORRECTED_RESULT_REQUIRED", "form", "须给出更正后的结果");
        }
        if (reason == null || reason.isBlank()) {
            throw InspectionProblems.invalid("CORRECTION_REASON_REQUIRED", "reason", "更正须写明理由");
        }
    }
}
