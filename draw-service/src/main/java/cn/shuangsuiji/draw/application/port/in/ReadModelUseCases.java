package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import java.util.List;
import java.util.Optional;

/** Keeps the read models of approved plans and confirmed snapshots. */
public interface ReadModelUseCases {

    void planApproved(PlanApproved event);

    void planWithdrawn(PlanWithdrawn event);

    /** The registry reported an entity's status (registered, changed, deregistered). */
    void entityStatus(String entityId, String status, long version);

    /** The registry registered a department (or changed its public facts). */
    void departmentRegistered(String departmentId, String level, String parentId, String regionCode);

    /** A department without a known region. */
    default void departmentRegistered(String departmentId, String level, String parentId) {
        departmentRegistered(departmentId, level, parentId, null);
    }

    /** The registry published a version of an inspection item. */
    void itemPublished(String itemId, int version, String expertise);

    /** The registry withdrew a version of an inspection item (撤回). */
    void itemWithdrawn(String itemId, int version, String reason);

    void snapshotConfirmed(RegistrySnapshotConfirmed event);

    Optional<ApprovedPlan> plan(String planId);

    List<ConfirmedSnapshot> snapshotsOf(String kind, String departmentId);
}
