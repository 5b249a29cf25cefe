package cn.shuangsuiji.contracts.disclosure;

import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 抽查结果公告 — one department's result for one entity as the public sees it (S0 20; S1 20(四), 22): 抽查计划编号/名称,
 * 抽查任务编号/名称, 抽查类型, 检查机关, 市场主体名称, 统一社会信用代码, 检查完成日期, 检查结果, the per-item table,
 * follow-up outcomes, and — when corrected — when, why and every earlier version. A natural person's result is
 * published without name or id.
 *
 * @param resultId      {@code inspectionId:departmentId}
 * @param inspectionId  the joint inspection record (一企一表)
 * @param planId        抽查计划编号
 * @param planTitle     抽查计划名称, when the plan was published
 * @param kind          抽查类型: ANNUAL, JOINT or TEMPORARY_JOINT, when known
 * @param taskId        抽查任务编号
 * @param taskName      抽查任务名称, when known
 * @param drawId        the draw that selected the entity
 * @param departmentId  检查机关
 * @param entityId      the entity, or null for a natural person
 * @param entityName    市场主体名称, or null for a natural person
 * @param uscc          统一社会信用代码, or null
 * @param version       the current version
 * @param category      检查结果 (category code)
 * @param categoryName  检查结果 in Chinese
 * @param checkDate     检查完成日期
 * @param recordedAt    when the current version was recorded
 * @param items         per-item table (检查事项, 检查结果)
 * @param corrected     whether the result was corrected
 * @param corrections   the corrections, oldest first, each with the version it replaced
 * @param followUps     follow-up steps (后续处置), oldest first
 */
public record PublicResult(String resultId, String inspectionId, String planId, String planTitle, String kind,
                           String taskId, String taskName, String drawId, String departmentId, String entityId,
                           String entityName, String uscc, int version, String category, String categoryName,
                           LocalDate checkDate, Instant recordedAt, List<PublicItemResult> items, boolean corrected,
                           List<Correction> corrections, List<FollowUp> followUps) {

    public PublicResult {
        Objects.requireNonNull(resultId, "resultId");
        items = items == null ? List.of() : List.copyOf(items);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /**
     * 更正 — a correction: the new version, why, when, and the earlier version as it was published.
     *
     * @param version     the corrected version
     * @param reason      更正理由
     * @param correctedAt when it took effect
     * @param earlier     the version it replaced
     */
    public record Correction(int version, String reason, Instant correctedAt, PublicInspectionResult earlier) {
    }

    /**
     * 后续处置 — one follow-up step.
     *
     * @param kind               REFERRAL, REFERRAL_ACKNOWLEDGED, CASE_FILED, ABNORMAL_LIST, RECTIFICATION_ORDERED, RECHECKED
     * @param targetDepartmentId for a referral, the receiving department
     * @param date               the date of the step
     * @param dueDate            deadline, or null
     * @param outcome            RECTIFIED / NOT_RECTIFIED for a re-check, else null
     */
    public record FollowUp(String kind, String targetDepartmentId, LocalDate date, LocalDate dueDate, String outcome) {
    }
}
