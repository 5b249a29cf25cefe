package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.draw.DispatchConfirmed;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawDispatched;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.ExpertAssigned;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.TeamExpert;
import cn.shuangsuiji.inspection.domain.record.RecordExpert;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import cn.shuangsuiji.platform.security.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抽取结果转检查任务 — turns the draw's events into joint inspection records: one per drawn target with the team and
 * every department's item versions as the plan referenced them; a substitution replaces a target's record, an
 * abandonment cancels the draw's records, a replacement moves an inspector's assignment, dispatch and its
 * confirmation are noted — each in the record's history. Runs inside the idempotent consumer's transaction.
 */
@Service
public class ApplyDrawEvents {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Who DRAW = Who.system("draw-service");

    private final InspectionRecords records;
    private final ReferenceData reference;
    private final RecordChanges changes;

    ApplyDrawEvents(InspectionRecords records, ReferenceData reference, RecordChanges changes) {
        this.records = records;
        this.reference = reference;
        this.changes = changes;
    }

    /** 抽取完成 — one record per target; a FAILED draw makes none. */
    @Transactional
    public int completed(DrawCompleted event) {
        if (!"OK".equals(event.status())) {
            return 0;
        }
        PlanFacts plan = plan(event.planId());
        LocalDate drawDate = LocalDate.ofInstant(event.executedAt() == null ? event.occurredAt() : event.executedAt(),
                CHINA);
        java.util.Map<String, List<RecordExpert>> experts = new java.util.HashMap<>();
        for (DrawnTeam team : event.teams()) {
            experts.put(team.entityId(), team.experts().stream().map(ApplyDrawEvents::expert).toList());
        }
        // per draw, not per target: one query for the entities' facts, one for the region, one for the records
        // stored already and one bulk insert (a target at a time was four operations each, and a 500-target draw
        // on a loaded machine outlived MongoDB's transaction limit — issue 9 benchmark)
        java.util.Map<String, EntityFacts> entities = reference.entities(event.forms().stream()
                .map(InspectionForm::entityId).toList());
        String region = reference.regionOf(plan.initiatingDepartmentId()).orElse(null);
        List<InspectionRecord> opened = new ArrayList<>(event.forms().size());
        for (InspectionForm form : event.forms()) {
            opened.add(newRecord(event.drawId(), event.taskId(), plan, form, Optional.ofNullable(entities.get(
                    form.entityId())), region, drawDate, null, event.occurredAt(),
                    experts.getOrDefault(form.entityId(), List.of())));
        }
        return records.insertAll(opened);
    }

    /** 递补 — the replaced target's record is replaced, the substitute gets its own. */
    @Transactional
    public void substituted(TargetSubstituted event) {
        Optional<InspectionRecord> replaced = records.find(InspectionId.of(event.drawId(), event.replacedTargetId()));
        replaced.ifPresent(record -> {
            record.replaceBySubstitute(event.substituteTargetId(), event.reason(), DRAW, event.occurredAt());
            changes.save(record, List.of(), Actor.system("draw-events"), "inspection.target-substituted", null, null);
        });
        if (event.form() == null) {
            return;
        }
        Optional<InspectionRecord> sibling = replaced.isPresent() ? replaced
                : records.findByDraw(event.drawId()).stream().findFirst();
        if (sibling.isEmpty()) {
            throw new ReferenceDataMissing("no record of draw " + event.drawId() + " yet for the substitution");
        }
        String planId = sibling.get().planId();
        String taskId = sibling.get().taskId();
        PlanFacts plan = plan(planId);
        open(event.drawId(), taskId, plan, event.form(),
                sibling.get().drawDate(),
                event.replacedTargetId(), event.occurredAt(), List.of());
    }

    /** 指派专家 — a head assigned an expert to the team (S0 9): shown on the form, not a team member. */
    @Transactional
    public void expertAssigned(ExpertAssigned event) {
        records.find(InspectionId.of(event.drawId(), event.targetId())).ifPresent(record -> {
            record.expertsJoined(List.of(expert(event.expert())), DRAW, event.occurredAt());
            changes.save(record, List.of(), Actor.system("draw-events"), "inspection.expert-assigned",
                    event.expert().departmentId(), null);
        });
    }

    private static RecordExpert expert(TeamExpert e) {
        return new RecordExpert(e.expertId(), e.departmentId(), e.field(), e.mode(), e.reason());
    }

    /** 更换执法人员 — the assignment moves to the replacement. */
    @Transactional
    public void inspectorReplaced(InspectorReplaced event) {
        records.find(InspectionId.of(event.drawId(), event.targetId())).ifPresent(record -> {
            record.replaceInspector(event.replacedInspectorId(), event.replacementInspectorId(),
                    event.team() == null ? null : event.team().leaderId(),
                    event.reason() + (event.mode() == null ? "" : "（" + event.mode() + "）"), DRAW,
                    event.occurredAt());
            changes.save(record, List.of(), Actor.system("draw-events"), "inspection.inspector-replaced", null, null);
        });
    }

    /** 抽取作废 — the draw's records are cancelled. */
    @Transactional
    public void abandoned(DrawAbandoned event) {
        for (InspectionRecord record : records.findByDraw(event.drawId())) {
            record.cancel(event.reason(), DRAW, event.occurredAt());
            changes.save(record, List.of(), Actor.system("draw-events"), "inspection.cancelled", null, null);
        }
    }

    /** 下派 — noted on the dispatched targets' records. */
    @Transactional
    public void dispatched(DrawDispatched event) {
        for (InspectionRecord record : records.findByDraw(event.drawId())) {
            if (event.targetIds().isEmpty() || event.targetIds().contains(record.entityId())) {
                record.dispatched(event.departmentId(), event.deadline(), DRAW, event.occurredAt());
                changes.save(record, List.of(), Actor.system("draw-events"), "inspection.dispatched",
                        event.departmentId(), null);
            }
        }
    }

    /** 下派确认 — noted on the draw's records. */
    @Transactional
    public void dispatchConfirmed(DispatchConfirmed event) {
        for (InspectionRecord record : records.findByDraw(event.drawId())) {
            if (event.departmentId().equals(record.dispatchedTo())) {
                record.dispatchConfirmed(event.departmentId(), event.late(), DRAW, event.occurredAt());
                changes.save(record, List.of(), Actor.system("draw-events"), "inspection.dispatch-confirmed",
                        event.departmentId(), null);
            }
        }
    }

    private boolean open(String drawId, String taskId, PlanFacts plan, InspectionForm form, LocalDate drawDate,
                         String substituteFor, Instant at, List<RecordExpert> experts) {
        return records.insert(newRecord(drawId, taskId, plan, form, reference.entity(form.entityId()),
                reference.regionOf(plan.initiatingDepartmentId()).orElse(null), drawDate, substituteFor, at,
                experts));
    }

    private static InspectionRecord newRecord(String drawId, String taskId, PlanFacts plan, InspectionForm form,
                                              Optional<EntityFacts> entity, String region, LocalDate drawDate,
                                              String substituteFor, Instant at, List<RecordExpert> experts) {
        List<ItemRef> planned = plan.task(taskId).map(PlanFacts.TaskItems::items).orElse(List.of());
        List<ItemRef> items = new ArrayList<>();
        for (InspectionForm.FormItem item : form.items()) {
            ItemRef ref = planned.stream().filter(r -> r.itemId().equals(item.itemId())).findFirst()
                    .orElseThrow(() -> new ReferenceDataMissing("plan " + plan.planId() + " task " + taskId
                            + " does not reference item " + item.itemId()));
            items.add(new ItemRef(ref.itemId(), ref.version(), item.departmentId()));
        }
        List<TeamMember> team = form.members().stream()
                .map(m -> new TeamMember(m.inspectorId(), m.departmentId())).toList();
        // drawn before the registry's facts arrived: the arrival names the record (nameEntity); if it is applied at
        // this very moment and misses this uncommitted record, the record's next change or read takes the name from
        // the reference data (AnnounceRecordEvents.identify) — before any public event can leave
        InspectionRecord record = InspectionRecord.open(InspectionId.of(drawId, form.entityId()), drawId,
                plan.planId(), taskId, form.entityId(), entity.map(EntityFacts::name).orElse(null),
                entity.map(EntityFacts::uscc).orElse(null), plan.initiatingDepartmentId(), region, drawDate,
                plan.policy(), form.leaderId(), team, items, substituteFor, DRAW, at);
        record.expertsJoined(experts, DRAW, at);
        return record;
    }

    private PlanFacts plan(String planId) {
        return reference.plan(planId).orElseThrow(() -> new ReferenceDataMissing("plan " + planId
                + " not received yet"));
    }
}
