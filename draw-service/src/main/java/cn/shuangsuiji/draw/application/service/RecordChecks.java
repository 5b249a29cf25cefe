package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.draw.application.port.in.RecordCheckUseCase;
import cn.shuangsuiji.draw.application.port.out.CheckRecordBook;
import cn.shuangsuiji.draw.domain.check.CheckRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 记录已检查 — one department's part of an inspection record, recorded or corrected, becomes a {@link CheckRecord}
 * (the latest version wins; a redelivered or older event changes nothing). A result without a check date or an
 * entity cannot say what was checked when, and is skipped.
 */
@Service
class RecordChecks implements RecordCheckUseCase {

    private static final Logger log = LoggerFactory.getLogger(RecordChecks.class);

    private final CheckRecordBook book;

    RecordChecks(CheckRecordBook book) {
        this.book = book;
    }

    @Override
    public void resultsApplied(List<IntegrationEvent> events) {
        List<CheckRecord> checks = new ArrayList<>(events.size());
        for (IntegrationEvent event : events) {
            check(event).ifPresent(checks::add);
        }
        if (!checks.isEmpty()) {
            book.recordAll(checks);
        }
    }

    /** The repeat-check fact of a result or correction; none for another event or a result it cannot date. */
    private static Optional<CheckRecord> check(IntegrationEvent event) {
        if (event instanceof InspectionResultRecorded e) {
            return check(e.inspectionId(), e.departmentId(), e.entityId(), e.items(), e.checkDate(),
                    Math.max(1, e.version()));
        }
        if (event instanceof InspectionResultCorrected e) {
            return check(e.inspectionId(), e.departmentId(), e.entityId(), e.corrected().items(),
                    e.corrected().checkDate(), e.newVersion());
        }
        log.debug("Ignored {}", event.eventType());
        return Optional.empty();
    }

    private static Optional<CheckRecord> check(String inspectionId, String departmentId, String entityId,
                                               List<PublicItemResult> items, LocalDate checkDate, int version) {
        if (entityId == null || checkDate == null) {
            log.debug("Result {}/{} without entity or check date: not a repeat-check fact", inspectionId,
                    departmentId);
            return Optional.empty();
        }
        return Optional.of(new CheckRecord(inspectionId, departmentId, entityId,
                items.stream().map(PublicItemResult::itemId).distinct().toList(), checkDate, version));
    }
}
