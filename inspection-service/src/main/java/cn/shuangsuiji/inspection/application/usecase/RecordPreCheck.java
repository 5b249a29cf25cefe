package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 预查比对 — records a department's pre-check notes (S1 20(一)). */
@Service
public class RecordPreCheck {

    private final RecordChanges changes;

    RecordPreCheck(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<String> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.recordPreCheck(command.departmentId(), command.input(), RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.pre-check", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
