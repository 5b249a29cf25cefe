package cn.shuangsuiji.inspection.application.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.FollowUp;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ResultVersion;
import cn.shuangsuiji.platform.security.Actor;

/**
 * 预查比对与结果互认 — at pre-check (S1 20(一)) the inspectors of a record see what every department already found
 * about the same entity in the last N years (S0 23; S1 24: results are recognised between departments): each
 * submitted result in force with its items, category, correction and follow-up steps, newest first. N is the
 * policy's {@code ssj.inspection.pre-check-years} (default 3). Readers are those of the record itself.
 */
@Service
public class ViewPreCheckHistory {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final InspectionRecords records;
    private final ReferenceData reference;
    private final Clock clock;
    private final int years;

    ViewPreCheckHistory(InspectionRecords records, ReferenceData reference, Clock clock,
                        @Value("${ssj.inspection.pre-check-years:3}") int years) {
        if (years < 1) {
            throw new IllegalArgumentException("ssj.inspection.pre-check-years must be at least 1");
        }
        this.records = records;
        this.reference = reference;
        this.clock = clock;
        this.years = years;
    }

    /** One follow-up step of an earlier result. */
    public record PastFollowUp(String kind, LocalDate date, String targetDepartmentId, String outcome) {
    }

    /** One department's earlier result for the entity. */
    public record PastResult(String inspectionId, String departmentId, String planId, String taskId, String drawId,
                             PublicInspectionResult result, boolean corrected, String correctionReason,
                             List<PastFollowUp> followUps) {
    }

    /** The history and the period it covers. */
    public record History(String entityId, LocalDate since, int years, List<PastResult> results) {
    }

    public History execute(InspectionId id, Actor actor) {
        InspectionRecord record = records.find(id).orElseThrow(() -> InspectionProblems.unknownRecord(id.value()));
        RecordAccess.requireReader(record, actor);
        LocalDate since = LocalDate.now(clock.withZone(CHINA)).minusYears(years);
        List<PastResult> results = new ArrayList<>();
        for (InspectionRecord other : records.resultsOfEntity(record.entityId())) {
            if (other.id().equals(record.id())) {
                continue;
            }
            for (DepartmentPart part : other.parts()) {
                ResultVersion current = part.current();
                if (current == null || current.checkDate() == null || current.checkDate().isBefore(since)) {
                    continue;
                }
                List<PastFollowUp> followUps = part.followUps().stream().map(ViewPreCheckHistory::followUp).toList();
                results.add(new PastResult(other.id().value(), part.departmentId(), other.planId(), other.taskId(),
                        other.drawId(), ContractEvents.publicResult(other, part.departmentId(), current, reference),
                        part.versions().size() > 1, part.versions().size() > 1 ? current.reason() : null,
                        followUps));
            }
        }
        results.sort(Comparator.comparing((PastResult r) -> r.result().checkDate(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PastResult::inspectionId));
        return new History(record.entityId(), since, years, results);
    }

    private static PastFollowUp followUp(FollowUp f) {
        return new PastFollowUp(f.kind().name(), f.date(), f.targetDepartmentId(), f.outcome());
    }
}
