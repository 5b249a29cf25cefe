package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.util.Objects;

/**
 * 委托专业机构 — a professional institution (审计、验资、评估、检验检测机构) entrusted with part of the check (S1 19),
 * recorded by the department's inspector with its report as an attachment of the record (S1 27).
 *
 * @param name               the institution's name
 * @param work               what it did
 * @param reportAttachmentId its report, an attachment already on the record
 * @param departmentId       the entrusting department
 * @param recordedBy         who recorded it
 * @param recordedAt         when
 */
public record EntrustedInstitution(String name, EntrustedWork work, String reportAttachmentId, String departmentId,
                                   String recordedBy, Instant recordedAt) {
    public EntrustedInstitution {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InspectionProblems.invalid("INSTITUTION_NAME_INVALID", "name", "机构名称不能为空且不超过 100 字");
        }
        name = name.strip();
        if (work == null) {
            throw InspectionProblems.invalid("INSTITUTION_WORK_REQUIRED", "work", "须说明委托事项：审计、验资、评估或检验检测");
        }
        if (reportAttachmentId == null || reportAttachmentId.isBlank()) {
            throw InspectionProblems.invalid("INSTITUTION_REPORT_REQUIRED", "reportAttachmentId", "须附机构出具的报告（先上传为检查材料）");
        }
        Objects.requireNonNull(departmentId, "departmentId");
    }
}
