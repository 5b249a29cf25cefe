package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionOverdue;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.FollowUp;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.inspection.domain.record.ResultVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The public events of a record's changes: only the public part of a result — entity, department, plan/task/draw,
 * items with their sub-items' results, category, check date; never notes, signatures, attachments or people.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    public static IntegrationEvent of(InspectionRecord record, RecordEvent event, ReferenceData reference,
                                      Instant now) {
        if (event instanceof RecordEvent.ResultSubmitted submitted) {
            PublicInspectionResult result = publicResult(record, submitted.departmentId(), submitted.result(),
                    reference);
            return new InspectionResultRecorded(UUID.randomUUID(), now, record.id().value(), record.entityId(),
                    record.entityName(), record.uscc(), submitted.departmentId(), record.leadDepartmentId(),
                    record.planId(), record.taskId(), record.drawId(), result.items(), result.category(),
                    result.checkDate(), result.recordedAt(), result.version());
        }
        if (event instanceof RecordEvent.ResultCorrected corrected) {
            return new InspectionResultCorrected(UUID.randomUUID(), now,
                    record.id().value(), record.entityId(), record.entityName(), record.uscc(),
                    corrected.departmentId(), record.planId(), record.taskId(), record.drawId(),
                    corrected.corrected().version(), corrected.corrected().reason(),
                    corrected.corrected().recordedAt(),
                    publicResult(record, corrected.departmentId(), corrected.corrected(), reference),
                    publicResult(record, corrected.departmentId(), corrected.earlier(), reference));
        }
        if (event instanceof RecordEvent.FollowUpAdded added) {
            FollowUp f = added.followUp();
            return new FollowUpRecorded(UUID.randomUUID(), now, record.id().value(), f.followUpId(),
                    record.entityId(), record.entityName(), record.uscc(), added.departmentId(), record.planId(),
                    record.taskId(), record.drawId(), f.kind().name(), f.targetDepartmentId(), f.date(),
                    f.dueDate(), f.outcome(), f.at());
        }
        RecordEvent.DeadlineMissed missed = (RecordEvent.DeadlineMissed) event;
        return new InspectionOverdue(UUID.randomUUID(), now,
                record.id().value(), record.entityId(), record.entityName(), missed.departmentId(),
                record.jointOfficeId(), record.planId(), record.taskId(), record.drawId(),
                missed.fact().kind().name(), missed.fact().dueDate(), missed.fact().detectedOn(),
                missed.fact().countsAsNotDone());
    }

    /**
     * The event with the entity's public identity filled in: for an event withheld until the registry's facts
     * about the entity arrived.
     */
    public static IntegrationEvent identified(IntegrationEvent event, String name, String uscc) {
        if (event instanceof InspectionResultRecorded e) {
            return new InspectionResultRecorded(e.eventId(), e.occurredAt(), e.inspectionId(), e.entityId(), name,
                    uscc, e.departmentId(), e.initiatingDepartmentId(), e.planId(), e.taskId(), e.drawId(), e.items(),
                    e.category(), e.checkDate(), e.recordedAt(), e.version());
        }
        if (event instanceof InspectionResultCorrected e) {
            return new InspectionResultCorrected(e.eventId(), e.occurredAt(), e.inspectionId(), e.entityId(), name,
                    uscc, e.departmentId(), e.planId(), e.taskId(), e.drawId(), e.newVersion(), e.reason(),
                    e.correctedAt(), e.corrected(), e.earlier());
        }
        if (event instanceof FollowUpRecorded e) {
            return new FollowUpRecorded(e.eventId(), e.occurredAt(), e.inspectionId(), e.followUpId(), e.entityId(),
                    name, uscc, e.departmentId(), e.planId(), e.taskId(), e.drawId(), e.kind(),
                    e.targetDepartmentId(), e.date(), e.dueDate(), e.outcome(), e.recordedAt());
        }
        if (event instanceof InspectionOverdue e) {
            return new InspectionOverdue(e.eventId(), e.occurredAt(), e.inspectionId(), e.entityId(), name,
                    e.departmentId(), e.jointOfficeId(), e.planId(), e.taskId(), e.drawId(), e.deadlineKind(),
                    e.dueDate(), e.detectedOn(), e.countsAsNotDone());
        }
        return event;
    }

    /** The public part of one result version. */
    public static PublicInspectionResult publicResult(InspectionRecord record, String departmentId,
                                                      ResultVersion result, ReferenceData reference) {
        List<ItemRef> refs = record.partOf(departmentId).map(DepartmentPart::items).orElse(List.of());
        List<PublicItemResult> items = result.form().items().stream().map(item -> {
            ItemRef ref = refs.stream().filter(r -> r.itemId().equals(item.itemId())).findFirst().orElse(null);
            int version = ref == null ? 0 : ref.version();
            String project = reference == null ? null : reference.item(item.itemId(), version)
                    .map(ItemDefinition::checkProject).orElse(null);
            return new PublicItemResult(item.itemId(), version, project, item.subItems().stream()
                    .map(s -> new PublicItemResult.SubItemResult(s.subItem(), s.option())).toList());
        }).toList();
        return new PublicInspectionResult(result.version(), items, result.category().name(), result.checkDate(),
                result.recordedAt());
    }
}
