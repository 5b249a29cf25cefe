package cn.shuangsuiji.inspection.adapter.out.persistence;

import cn.shuangsuiji.inspection.domain.record.AttachmentRef;
import cn.shuangsuiji.inspection.domain.record.HistoryEntry;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.RecordExpert;
import cn.shuangsuiji.inspection.domain.record.EntrustedInstitution;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A joint inspection record as stored: one document with its parts, result versions, attachments' hashes and
 * history; {@code version} guards concurrent changes. Value objects are embedded as they are.
 */
@Document("inspection_records")
@CompoundIndex(name = "draw_entity", def = "{'drawId': 1, 'entityId': 1}")
@CompoundIndex(name = "team_status", def = "{'team.inspectorId': 1, 'status': 1, 'openedAt': -1}")
@CompoundIndex(name = "part_department", def = "{'parts.departmentId': 1, 'status': 1}")
@CompoundIndex(name = "part_due", def = "{'parts.dueDates.resultEntry': 1}")
@CompoundIndex(name = "part_referral_due", def = "{'parts.dueDates.violationReferral': 1}")
record InspectionRecordDocument(
        @Id String id,
        long version,
        String drawId,
        String planId,
        String taskId,
        @Indexed String entityId,
        String entityName,
        String uscc,
        String leadDepartmentId,
        @Indexed String jointOfficeId,
        LocalDate drawDate,
        PolicyTerms policy,
        String leaderId,
        List<TeamMember> team,
        List<PartDocument> parts,
        String status,
        List<AttachmentRef> attachments,
        List<HistoryEntry> history,
        String substituteFor,
        String replacedBy,
        String dispatchedTo,
        LocalDate dispatchDeadline,
        boolean dispatchConfirmed,
        Instant openedAt,
        boolean anySubmitted,
        List<RecordExpert> experts,
        List<EntrustedInstitution> institutions) {
}
