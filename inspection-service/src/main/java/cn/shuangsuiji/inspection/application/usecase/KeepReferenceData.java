package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import org.springframework.stereotype.Service;

/**
 * 参考数据 — keeps what the records need from other services: approved plans (item versions per task, policy
 * parameters), published item versions, entities' public names and codes, departments' regions.
 */
@Service
public class KeepReferenceData {

    private final ReferenceData reference;
    private final InspectionRecords records;

    private final AnnounceRecordEvents announcer;

    KeepReferenceData(ReferenceData reference, InspectionRecords records, AnnounceRecordEvents announcer) {
        this.reference = reference;
        this.records = records;
        this.announcer = announcer;
    }

    public void planApproved(PlanApproved event) {
        PlanPolicyParameters p = event.policy();
        PolicyTerms terms = new PolicyTerms(p.minTeamSize(), p.resultEntryWorkingDays(),
                p.violationReferralWorkingDays(), p.resultPublicationWorkingDays());
        reference.savePlan(new PlanFacts(event.planId(), event.planVersion(), event.initiatingDepartmentId(), terms,
                event.tasks().stream().map(t -> new PlanFacts.TaskItems(t.taskId(), t.items().stream()
                        .map(i -> new ItemRef(i.itemId(), i.version(), i.departmentId())).toList())).toList()));
    }

    public void itemPublished(InspectionItemPublished event) {
        reference.saveItem(new ItemDefinition(event.itemId(), event.version(), event.departmentId(),
                event.checkProject(), event.subItems(), event.legalBasis(), event.method(), null,
                event.subItemResults().stream().map(s -> new ItemDefinition.SubItemOptions(s.name(),
                        s.allowedResults())).toList()));
    }

    public void entityRegistered(EntityRegistered event) {
        saveEntity(new EntityFacts(event.entityId(), event.name(), event.uscc()));
    }

    /**
     * Entities a bulk import created: each is kept like a single {@link EntityRegistered}, unless the entity is
     * known already (a later {@link EntityChanged} travels under another key and may have arrived first).
     */
    public void entitiesRegistered(EntitiesRegistered event) {
        for (EntitiesRegistered.RegisteredEntity e : event.entities()) {
            if (reference.entity(e.entityId()).isEmpty()) {
                saveEntity(new EntityFacts(e.entityId(), e.name(), e.uscc()));
            }
        }
    }

    public void entityChanged(EntityChanged event) {
        saveEntity(new EntityFacts(event.entityId(), event.name(), event.uscc()));
    }

    /**
     * Keeps the entity's facts, names the records drawn before they arrived (saving again changes nothing) and
     * publishes, with the entity's identity, the events of those records that were withheld until now.
     */
    private void saveEntity(EntityFacts entity) {
        reference.saveEntity(entity);
        records.nameEntity(entity.entityId(), entity.name(), entity.uscc());
        announcer.entityKnown(entity);
    }

    public void departmentRegistered(DepartmentRegistered event) {
        reference.saveDepartment(event.departmentId(), event.regionCode());
    }
}
