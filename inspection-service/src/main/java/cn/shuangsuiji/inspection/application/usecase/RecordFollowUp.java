package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 后续处置 — records a referral, acknowledgement, case, listing, rectification or re-check (S0 22; S1 23). */
@Service
public class RecordFollowUp {

    private final RecordChanges changes;

    RecordFollowUp(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<FollowUpInput> command) {
        command.actor().require(Role.INSPECTOR, Role.DEPARTMENT_HEAD);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        FollowUpInput input = command.input();
        List<RecordEvent> events = record.recordFollowUp(command.departmentId(), input.kind(), input.targetDepartmentId(),
                input.date(), input.dueDate(), input.outcome(), input.note(), RecordChanges.who(command.actor()),
                changes.now(), changes.today());
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.follow-up", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
