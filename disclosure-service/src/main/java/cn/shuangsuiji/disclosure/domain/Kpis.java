package cn.shuangsuiji.disclosure.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * 考核指标 — one department's or one jurisdiction's figures for a period, against the targets (S3 二(二), 二(三);
 * S0 20; S1 9, 20(四)).
 *
 * @param scope                     the department id, or the region code of a jurisdiction
 * @param period                    e.g. {@code 2026} or {@code 2026-03}
 * @param inspections               random inspections (completed draws)
 * @param jointInspections          of them joint (JOINT or TEMPORARY_JOINT plans)
 * @param jointInspectionShare      joint / all, target ≥ 0.25
 * @param entities                  entities inspected (current drawn targets)
 * @param jointEntities             of them in joint inspections
 * @param jointEntityShare          target ≥ 0.15
 * @param creditRiskBased           draws stratified by credit-risk class
 * @param creditRiskBasedShare      target ≥ 0.80
 * @param results                   results recorded
 * @param enteredOnTime             of them entered within 5 working days of the check
 * @param enteredOnTimeShare        target 1
 * @param publishedOnTime           of them published within 20 working days of the check
 * @param publishedOnTimeShare      target 1
 * @param targetsMet                which targets are met: JOINT_INSPECTIONS, JOINT_ENTITIES, CREDIT_RISK, ENTRY, PUBLICATION
 * @param departmentsMeetingJointObligation departments that initiated or joined a joint inspection (S1 9)
 * @param departmentsMissingJointObligation departments that did not
 * @param repeatChecksAvoided       避免重复检查 (S0 14; S1 24): candidates of the inspections excluded because another
 *                                  department of the same jurisdiction already checked the task's items this year
 * @param repeatChecksFlagged       inspected entities (drawn targets) flagged as such repeat checks, kept per policy
 */
public record Kpis(String scope, String period, long inspections, long jointInspections,
                   BigDecimal jointInspectionShare, long entities, long jointEntities, BigDecimal jointEntityShare,
                   long creditRiskBased, BigDecimal creditRiskBasedShare, long results, long enteredOnTime,
                   BigDecimal enteredOnTimeShare, long publishedOnTime, BigDecimal publishedOnTimeShare,
                   List<String> targetsMet, List<String> departmentsMeetingJointObligation,
                   List<String> departmentsMissingJointObligation, long repeatChecksAvoided,
                   long repeatChecksFlagged) {

    public Kpis {
        targetsMet = List.copyOf(targetsMet);
        departmentsMeetingJointObligation = List.copyOf(departmentsMeetingJointObligation);
        departmentsMissingJointObligation = List.copyOf(departmentsMissingJointObligation);
    }
}
