package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.ResultCategories;
import java.util.ArrayList;
import java.util.List;

/**
 * 结果公告 — builds the public result of one department's part of a joint inspection from the inspection events
 * (S1 20(四), 22). A natural person (no credit code) is published without name or id.
 */
public final class ResultAnnouncement {

    private ResultAnnouncement() {
    }

    /** The key of a department's result: {@code inspectionId:departmentId}. */
    public static String key(String inspectionId, String departmentId) {
        return inspectionId + ":" + departmentId;
    }

    /** A first recorded result. */
    public static PublicResult recorded(InspectionResultRecorded e, PlanContext plan) {
        boolean person = e.uscc() == null || e.uscc().isBlank();
        PublicInspectionResult r = e.result();
        return new PublicResult(key(e.inspectionId(), e.departmentId()), e.inspectionId(), e.planId(), plan.title(),
                plan.kind(), e.taskId(), plan.taskName(), e.drawId(), e.departmentId(),
                person ? null : e.entityId(), person ? null : e.entityName(), person ? null : e.uscc(), r.version(),
                r.category(), ResultCategories.NAMES.get(r.category()), r.checkDate(), r.recordedAt(), r.items(),
                false, List.of(), List.of());
    }

    /** A correction: the corrected version is current; the earlier one is kept with the reason and time. */
    public static PublicResult corrected(PublicResult current, InspectionResultCorrected e) {
        List<PublicResult.Correction> corrections = new ArrayList<>(current.corrections());
        corrections.add(new PublicResult.Correction(e.newVersion(), e.reason(), e.correctedAt(), e.earlier()));
        PublicInspectionResult r = e.corrected();
        return new PublicResult(current.resultId(), current.inspectionId(), current.planId(), current.planTitle(),
                current.kind(), current.taskId(), current.taskName(), current.drawId(), current.departmentId(),
                current.entityId(), current.entityName(), current.uscc(), r.version(), r.category(),
                ResultCategories.NAMES.get(r.category()), r.checkDate(), r.recordedAt(), r.items(), true,
                corrections, current.followUps());
    }

    /** A follow-up step. */
    public static PublicResult followedUp(PublicResult current, FollowUpRecorded e) {
        List<PublicResult.FollowUp> followUps = new ArrayList<>(current.followUps());
        followUps.add(new PublicResult.FollowUp(e.kind(), e.targetDepartmentId(), e.date(), e.dueDate(), e.outcome()));
        return new PublicResult(current.resultId(), current.inspectionId(), current.planId(), current.planTitle(),
                current.kind(), current.taskId(), current.taskName(), current.drawId(), current.departmentId(),
                current.entityId(), current.entityName(), current.uscc(), current.version(), current.category(),
                current.categoryName(), current.checkDate(), current.recordedAt(), current.items(), current.corrected(),
                current.corrections(), followUps);
    }

    /**
     * What the published plan says about a result's plan and task; nulls when the plan was never published.
     *
     * @param title    plan name
     * @param kind     plan kind
     * @param taskName task name
     */
    public record PlanContext(String title, String kind, String taskName) {

        public static PlanContext unknown() {
            return new PlanContext(null, null, null);
        }
    }
}
