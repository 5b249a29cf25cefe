package cn.shuangsuiji.inspection.adapter.out.persistence;

import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.HistoryEntry;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.PartStatus;
import cn.shuangsuiji.inspection.domain.record.RecordStatus;
import java.time.Instant;
import java.util.List;

/** Maps records to their documents and back. */
final class RecordMapper {

    private RecordMapper() {
    }

    static InspectionRecordDocument toDocument(InspectionRecord r, long version) {
        List<HistoryEntry> history = r.history();
        Instant openedAt = history.isEmpty() ? null : history.get(0).at();
        return new InspectionRecordDocument(r.id().value(), version, r.drawId(), r.planId(), r.taskId(),
                r.entityId(), r.entityName(), r.uscc(), r.leadDepartmentId(), r.jointOfficeId(), r.drawDate(),
                r.policy(), r.leaderId(), r.team(), r.parts().stream().map(RecordMapper::toDocument).toList(),
                r.status().name(), r.attachments(), history, r.substituteFor(), r.replacedBy(), r.dispatchedTo(),
                r.dispatchDeadline(), r.dispatchConfirmed(), openedAt,
                r.parts().stream().anyMatch(DepartmentPart::submitted), r.experts(), r.institutions());
    }

    private static PartDocument toDocument(DepartmentPart p) {
        return new PartDocument(p.departmentId(), p.items(), p.status().name(), p.preCheckNotes(), p.notice(),
                p.onSiteCheck(), p.draft(), p.versions(), p.pendingCorrection(), p.followUps(), p.overdue(),
                p.dueDates(), !p.overdue().isEmpty());
    }

    static InspectionRecord toDomain(InspectionRecordDocument d) {
        return InspectionRecord.restore(new InspectionId(d.id()), d.drawId(), d.planId(), d.taskId(), d.entityId(),
                d.entityName(), d.uscc(), d.leadDepartmentId(), d.jointOfficeId(), d.drawDate(), d.policy(),
                d.leaderId(), list(d.team()), list(d.parts()).stream().map(RecordMapper::toDomain).toList(),
                RecordStatus.valueOf(d.status()), list(d.attachments()), list(d.history()), d.substituteFor(),
                d.replacedBy(), d.dispatchedTo(), d.dispatchDeadline(), d.dispatchConfirmed(), d.version())
                .withAssistance(d.experts(), d.institutions());
    }

    private static DepartmentPart toDomain(PartDocument p) {
        return DepartmentPart.restore(p.departmentId(), list(p.items()), PartStatus.valueOf(p.status()),
                p.preCheckNotes(), p.notice(), p.onSiteCheck(), p.draft(), list(p.versions()), p.pendingCorrection(),
                list(p.followUps()), list(p.overdue()), p.dueDates());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
