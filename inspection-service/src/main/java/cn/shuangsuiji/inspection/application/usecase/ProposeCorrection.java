package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 提出更正 — an inspector proposes a corrected result with its reason (S1 22). */
@Service
public class ProposeCorrection {

    private final RecordChanges changes;

    ProposeCorrection(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<CorrectionInput> command) {
        command.actor().require(Role.INSPECTOR, Role.DEPARTMENT_HEAD);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.proposeCorrection(command.departmentId(), command.input().form(), command.input().reason(),
                changes.definitions(record, command.departmentId()), RecordChanges.who(command.actor()), changes.now());
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.correction.propose", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
