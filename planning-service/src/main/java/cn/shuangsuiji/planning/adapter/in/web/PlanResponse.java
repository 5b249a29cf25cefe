package cn.shuangsuiji.planning.adapter.in.web;

import java.time.Instant;
import java.util.List;

/**
 * A plan version as the API shows it, with its history and non-blocking warnings. {@code policyId}/{@code
 * policyVersion} name the policy it was approved under; {@code policyTightenedById}/{@code ...Version} the
 * jurisdiction policy version whose stricter values replaced some of that department policy's, if any.
 */
public record PlanResponse(String id, int version, boolean latest, String kind, String kindName, int year,
                           String title, String initiatingDepartmentId, List<String> participatingDepartmentIds,
                           String status, String statusName, String policyId, Integer policyVersion,
                           String amendmentReason, Instant firstSubmittedAt, Instant firstPublishedAt,
                           List<TaskBody> tasks, List<Step> history, List<Warning> warnings,
                           String policyTightenedById, Integer policyTightenedByVersion) {

    /** One workflow step. */
    public record Step(String action, String status, String userId, String departmentId, Instant at, String note) {
    }

    /** A non-blocking warning. */
    public record Warning(String taskId, String code, String message) {
    }
}
