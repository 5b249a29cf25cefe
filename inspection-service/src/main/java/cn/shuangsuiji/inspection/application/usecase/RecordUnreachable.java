package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 无法联系 — unreachable at the registered address: the result is given directly with evidence (S1 21). */
@Service
public class RecordUnreachable {

    private final RecordChanges changes;
    private final WorkingDayCalendar calendar;

    RecordUnreachable(RecordChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public SavedRecord execute(PartCommand<DirectResult> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        DirectResult input = command.input();
        List<RecordEvent> events = record.recordUnreachable(command.departmentId(), input.date(), input.evidence(),
                input.explanation(), RecordChanges.who(command.actor()), changes.now(), changes.today(), calendar);
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.unreachable", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
