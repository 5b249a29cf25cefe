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
import cn.shuangsuiji.inspection.application.port.out.WithheldEvents;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final WithheldEvents withheld;

    KeepReferenceData(ReferenceData reference, InspectionRecords records, AnnounceRecordEvents announcer,
                      WithheldEvents withheld) {
        this.reference = reference;
        this.records = records;
        this.announcer = announcer;
        this.withheld = withheld;
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
     * known already (a later {@link EntityChanged} travels under another key and may have arrived first). A batch of
     * 500 takes a handful of queries, not four per entity: which are known (one query), the others' facts (one bulk
     * write), and only for those with unnamed records or withheld events (one query each, usually none) the naming
     * and the release.
     */
    public void entitiesRegistered(EntitiesRegistered event) {
        List<String> ids = event.entities().stream().map(EntitiesRegistered.RegisteredEntity::entityId).toList();
        Set<String> known = reference.knownEntities(ids);
        List<EntityFacts> arrived = new ArrayList<>();
        Set<String> seen = new HashSet<>(known);
        for (EntitiesRegistered.RegisteredEntity e : event.entities()) {
            if (seen.add(e.entityId())) {
                arrived.add(new EntityFacts(e.entityId(), e.name(), e.uscc()));
            }
        }
        reference.saveEntities(arrived);
        List<String> arrivedIds = arrived.stream().map(EntityFacts::entityId).toList();
        Set<String> waiting = new HashSet<>(records.unnamedEntities(arrivedIds));
        waiting.addAll(withheld.withheldFor(arrivedIds));
        for (EntityFacts entity : arrived) {
            if (waiting.contains(entity.entityId())) {
                records.nameEntity(entity.entityId(), entity.name(), entity.uscc());
                announcer.entityKnown(entity);
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
