package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ResultForm;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 暂存 — saves a department's results as a draft, checked against the item versions. */
@Service
public class SaveResultDraft {

    private final RecordChanges changes;

    SaveResultDraft(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<ResultForm> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.saveDraft(command.departmentId(), command.input(), changes.definitions(record, command.departmentId()),
                RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.draft", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
