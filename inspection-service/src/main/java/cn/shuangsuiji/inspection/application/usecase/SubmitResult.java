package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 提交检查结果 — submits the draft (S0 20) and publishes the public result. */
@Service
public class SubmitResult {

    private final RecordChanges changes;

    SubmitResult(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<Void> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        List<RecordEvent> events = record.submit(command.departmentId(), changes.definitions(record, command.departmentId()),
                RecordChanges.who(command.actor()), changes.now(), changes.today());
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.submit", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
