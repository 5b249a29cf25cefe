package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 办结 — the leading department closes the joint record once every department's part is in. */
@Service
public class CloseRecord {

    private final RecordChanges changes;

    CloseRecord(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(InspectionId id, Long expectedVersion, Actor actor) {
        actor.require(Role.INSPECTOR, Role.DEPARTMENT_HEAD);
        InspectionRecord record = changes.load(id, expectedVersion);
        record.close(RecordChanges.who(actor), changes.now());
        long version = changes.saveEdit(record, expectedVersion, List.of(), actor, "inspection.close", record.leadDepartmentId(), null);
        return new SavedRecord(record, version);
    }
}
