package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.EntrustedInstitution;
import cn.shuangsuiji.inspection.domain.record.EntrustedWork;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 委托专业机构 — an inspector of the department records that a professional institution was entrusted with an audit,
 * capital verification, appraisal or testing (S1 19), its report an attachment of the record (S1 27); audited.
 */
@Service
public class EntrustInstitution {

    private final RecordChanges changes;

    EntrustInstitution(RecordChanges changes) {
        this.changes = changes;
    }

    /**
     * @param name               the institution's name
     * @param work               AUDIT, CAPITAL_VERIFICATION, APPRAISAL or TESTING
     * @param reportAttachmentId the report, uploaded to the record before
     */
    public record Input(String name, String work, String reportAttachmentId) {
    }

    @Transactional
    public SavedRecord execute(PartCommand<Input> command) {
        command.actor().require(Role.INSPECTOR);
        Input in = command.input();
        EntrustedWork work;
        try {
            work = in == null || in.work() == null ? null : EntrustedWork.valueOf(in.work());
        } catch (IllegalArgumentException e) {
            throw InspectionProblems.invalid("INSTITUTION_WORK_INVALID", "work",
                    "委托事项应为 AUDIT（审计）、CAPITAL_VERIFICATION（验资）、APPRAISAL（评估）或 TESTING（检验检测）");
        }
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.entrust(new EntrustedInstitution(in == null ? null : in.name(), work,
                in == null ? null : in.reportAttachmentId(), command.departmentId(), command.actor().subject(),
                changes.now()), RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(),
                "inspection.entrust-institution", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
