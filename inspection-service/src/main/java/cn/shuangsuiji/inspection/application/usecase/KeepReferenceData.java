package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
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

    KeepReferenceData(ReferenceData reference) {
        this.reference = reference;
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
                event.checkProject(), event.subItems(), event.legalBasis(), event.method(), null));
    }

    public void entityRegistered(EntityRegistered event) {
        reference.saveEntity(new EntityFacts(event.entityId(), event.name(), event.uscc()));
    }

    public void entityChanged(EntityChanged event) {
        reference.saveEntity(new EntityFacts(event.entityId(), event.name(), event.uscc()));
    }

    public void departmentRegistered(DepartmentRegistered event) {
        reference.saveDepartment(event.departmentId(), event.regionCode());
    }
}
