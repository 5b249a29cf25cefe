package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 负责人签字确认更正 — the department head signs a correction off: a new version (S1 22). */
@Service
public class SignOffCorrection {

    private final RecordChanges changes;

    SignOffCorrection(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<Void> command) {
        command.actor().require(Role.DEPARTMENT_HEAD);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        List<RecordEvent> events = record.signOffCorrection(command.departmentId(), RecordChanges.who(command.actor()),
                changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.correction.sign-off", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
