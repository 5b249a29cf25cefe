package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 不配合检查 — gives the result directly once evidence is attached (S1 21; S2 25). */
@Service
public class RecordNonCooperation {

    private final RecordChanges changes;
    private final WorkingDayCalendar calendar;

    RecordNonCooperation(RecordChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public SavedRecord execute(PartCommand<DirectResult> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        DirectResult input = command.input();
        if (input.nonCooperation() == null) {
            throw cn.shuangsuiji.inspection.domain.record.InspectionProblems.invalid("NON_COOPERATION_CASE_REQUIRED", "case",
                    "须选择不配合情形（S2 25 所列五种之一）");
        }
        List<RecordEvent> events = record.recordNonCooperation(command.departmentId(), input.nonCooperation(), input.date(),
                input.evidence(), input.explanation(), RecordChanges.who(command.actor()), changes.now(), changes.today(),
                calendar);
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.non-cooperation", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
