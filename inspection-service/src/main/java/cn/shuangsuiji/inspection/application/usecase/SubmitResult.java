package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ResultForm;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提交检查结果 — submits the draft (S0 20) and publishes the public result. With a result form in the request the
 * form is first kept as the draft (checked like {@code PUT …/draft}) and then submitted, in one transaction: an
 * inspector who has the complete result at hand sends one request instead of two (issue 9: a result per request).
 */
@Service
public class SubmitResult {

    private final RecordChanges changes;

    SubmitResult(RecordChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public SavedRecord execute(PartCommand<ResultForm> command) {
        command.actor().require(Role.INSPECTOR);
        InspectionRecord record = changes.load(command.id(), command.expectedVersion());
        Map<String, ItemDefinition> definitions = changes.definitions(record, command.departmentId());
        if (command.input() != null) {
            record.saveDraft(command.departmentId(), command.input(), definitions, RecordChanges.who(command.actor()),
                    changes.now());
        }
        List<RecordEvent> events = record.submit(command.departmentId(), definitions,
                RecordChanges.who(command.actor()), changes.now(), changes.today());
        long version = changes.saveEdit(record, command.expectedVersion(), events, command.actor(), "inspection.submit", command.departmentId(), null);
        return new SavedRecord(record, version);
    }
}
