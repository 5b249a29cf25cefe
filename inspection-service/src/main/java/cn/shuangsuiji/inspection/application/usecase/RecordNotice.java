package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.Notice;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 告知 — records the notice given, or that the check is not announced (S1 20(二)). */
@Service
public class RecordNotice {

    private final RecordChanges changes;

    RecordNotice(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<Notice> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.recordNotice(command.departmentId(), command.input(), RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.notice", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
