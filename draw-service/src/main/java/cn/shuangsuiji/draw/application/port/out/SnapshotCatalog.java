package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import java.util.List;
import java.util.Optional;

/** Read model of confirmed registry snapshots (from the registry's events). */
public interface SnapshotCatalog {

    void save(ConfirmedSnapshot snapshot);

    Optional<ConfirmedSnapshot> findSnapshot(String snapshotId);

    /** Confirmed snapshots of exactly the same kind and scope confirmed after the given one. */
    List<ConfirmedSnapshot> newerOfSameScope(ConfirmedSnapshot snapshot);

    /** Snapshots of a kind whose scope includes a department, newest first. */
    List<ConfirmedSnapshot> ofDepartment(String kind, String departmentId);
}
