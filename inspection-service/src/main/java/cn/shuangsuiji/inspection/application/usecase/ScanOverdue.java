package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.platform.security.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 逾期扫描 — finds the parts that missed a working-day deadline by today, records each missed deadline once as a
 * fact (S1 29: not entered in time counts as not done) and publishes {@code InspectionOverdue}. One transaction per
 * record, so a failure leaves the others done.
 */
@Service
public class ScanOverdue {

    private static final int PAGE = 200;

    private final InspectionRecords records;
    private final RecordChanges changes;
    private final TransactionTemplate transactions;

    ScanOverdue(InspectionRecords records, RecordChanges changes, TransactionTemplate transactions) {
        this.records = records;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** Scans as of today; returns the number of missed deadlines found. */
    public int execute(Actor actor) {
        return execute(actor, changes.today());
    }

    /** Scans as of the given day. */
    public int execute(Actor actor, LocalDate today) {
        int found = 0;
        String after = null;
        while (true) {
            List<InspectionRecord> page = records.withDueDateBefore(today, PAGE, after);
            if (page.isEmpty()) {
                return found;
            }
            for (InspectionRecord candidate : page) {
                Integer missed = transactions.execute(status -> {
                    InspectionRecord record = changes.load(candidate.id(), null);
                    List<RecordEvent> events = record.detectOverdue(today, changes.now());
                    if (!events.isEmpty()) {
                        changes.save(record, events, actor, "inspection.overdue", record.leadDepartmentId(), null);
                    }
                    return events.size();
                });
                found += missed == null ? 0 : missed;
            }
            after = page.get(page.size() - 1).id().value();
        }
    }
}
