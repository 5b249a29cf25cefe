package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 退回更正 — the department head rejects a proposed correction. */
@Service
public class RejectCorrection {

    private final RecordChanges changes;

    RejectCorrection(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<String> command) {
        command.actor().require(Role.DEPARTMENT_HEAD);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.rejectCorrection(command.departmentId(), command.input(), RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.correction.reject", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
