package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 实地检查 — records the check date and the inspectors present (S2 22); sets the due dates. */
@Service
public class RecordOnSiteCheck {

    private final RecordChanges changes;
    private final WorkingDayCalendar calendar;

    RecordOnSiteCheck(RecordChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public SavedRecord execute(PartCommand<OnSiteCheck> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        record.recordOnSiteCheck(command.departmentId(), command.input(), RecordChanges.who(command.actor()), changes.now(),
                changes.today(), calendar);
        long version = changes.saveEdit(record, command.expectedVersion(), List.of(), command.actor(), "inspection.on-site-check", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
