package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.application.port.out.EntityStatusBook;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets;
import cn.shuangsuiji.draw.application.port.out.ItemCatalog;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.application.port.out.SnapshotCatalog;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Applies planning's and the registry's events to the draw service's read models (called inside the
 * idempotent consumer's transaction). */
@Service
class ReadModelService implements ReadModelUseCases {

    private final PlanRepository plans;
    private final SnapshotCatalog snapshots;
    private final EntityStatusBook statuses;
    private final ItemCatalog items;
    private final DepartmentDirectory departments;
    private final SnapshotContents contents;

    ReadModelService(PlanRepository plans, SnapshotCatalog snapshots, EntityStatusBook statuses, ItemCatalog items,
                     DepartmentDirectory departments, SnapshotContents contents) {
        this.departments = departments;
        this.contents = contents;
        this.items = items;
        this.plans = plans;
        this.snapshots = snapshots;
        this.statuses = statuses;
    }

    @Override
    public void departmentRegistered(String departmentId, String level, String parentId, String regionCode) {
        departments.save(new DispatchTargets.Department(departmentId, level, parentId, regionCode));
    }

    @Override
    public void itemPublished(String itemId, int version, String expertise) {
        items.published(itemId, version, expertise);
    }

    @Override
    public void itemWithdrawn(String itemId, int version, String reason) {
        items.withdrawn(itemId, version, reason);
    }

    @Override
    public void entityStatus(String entityId, String status, long version) {
        if (entityId != null && status != null) {
            statuses.record(entityId, status, version);
        }
    }

    @Override
    public void planApproved(PlanApproved e) {
        Optional<ApprovedPlan> existing = plans.findPlan(e.planId());
        if (existing.isPresent() && existing.get().planVersion() > e.planVersion()) {
            return;
        }
        PlanPolicyParameters p = e.policy();
        PolicyFacts policy = new PolicyFacts(p.policyId(), p.policyVersion(), p.maxInspectionsPerEntityPerYear(),
                p.minTeamSize(), p.replacementRule(), p.dispatchConfirmationWorkingDays(), p.excludeOwnArea(),
                p.repeatPairingYears(), p.maxAssignmentsPerInspectorPerRound(), p.minRegistrySize(),
                p.repeatCheckPolicy(), p.expertMode(), p.maxAssignmentsPerExpert());
        List<PlannedTask> tasks = e.tasks().stream().map(ReadModelService::task).toList();
        plans.save(new ApprovedPlan(e.planId(), e.planVersion(), e.kind(), e.year(), e.initiatingDepartmentId(),
                e.participatingDepartmentIds(), policy, tasks, false));
    }

    static PlannedTask task(PlanTask t) {
        var s = t.scope();
        TaskScope scope = new TaskScope(s.objectTypes(), s.regionCodes(), s.industries(), s.tags(), s.creditClasses(),
                s.includeEntityIds(), s.excludeEntityIds());
        return new PlannedTask(t.taskId(), t.name(),
                t.items().stream().map(i -> new PlannedTask.ItemRef(i.itemId(), i.departmentId(), i.version()))
                        .toList(), scope,
                t.sampleSizes().stream().map(ReadModelService::size).toList(), t.level(),
                t.dispatchedToDepartmentIds(), t.frequency(), t.inspectorTags());
    }

    private static PlannedTask.SampleSize size(PlanSampleSize s) {
        return new PlannedTask.SampleSize(s.creditClass(),
                s.ratio() == null ? null : s.ratio().stripTrailingZeros().toPlainString(), s.count());
    }

    @Override
    public void planWithdrawn(PlanWithdrawn e) {
        plans.findPlan(e.planId()).ifPresent(p -> plans.save(p.withdraw()));
    }

    @Override
    public void snapshotConfirmed(RegistrySnapshotConfirmed e) {
        ConfirmedSnapshot snapshot = new ConfirmedSnapshot(e.snapshotId(), e.kind(), e.departmentIds(),
                e.regionCodes(), e.objectTypes(), e.recordCount(), e.merkleRoot(), e.contentSha256(), e.contentPath(),
                e.confirmedAt() == null ? e.occurredAt() : e.confirmedAt());
        snapshots.save(snapshot);
        // an entity snapshot's content fetched and checked now, in the background, so that a commit naming it does
        // not wait for the transfer and the hashing (issue 12); nothing is stored, a commit checks the same way
        contents.prefetch(snapshot);
    }

    @Override
    public Optional<ApprovedPlan> plan(String planId) {
        return plans.findPlan(planId);
    }

    @Override
    public List<ConfirmedSnapshot> snapshotsOf(String kind, String departmentId) {
        return snapshots.ofDepartment(kind, departmentId);
    }
}
