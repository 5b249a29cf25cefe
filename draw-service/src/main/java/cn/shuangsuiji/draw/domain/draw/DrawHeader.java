package cn.shuangsuiji.draw.domain.draw;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code round} is the task round drawn (1..frequency, S2 18) and {@code redrawOf} the abandoned or failed draw of
 * that round this draw replaces (null for a first draw, and in draws committed before rounds were kept).
 * <p>
 * 抽取要素 — the fixed facts of a committed draw: what it draws for, from which snapshots, with which beacon
 * round, and its commitment hash. Never changes after the commitment.
 */
public record DrawHeader(String planId, int planVersion, String taskId, int year, String level,
                         String initiatingDepartmentId, List<String> participatingDepartmentIds,
                         List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, String beaconNetwork,
                         long beaconRound, String commitmentHash, long candidateCount, long exclusionCount,
                         Instant committedAt, String committedBy, Integer round, String redrawOf) {

    public DrawHeader(String planId, int planVersion, String taskId, int year, String level,
                      String initiatingDepartmentId, List<String> participatingDepartmentIds,
                      List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, String beaconNetwork,
                      long beaconRound, String commitmentHash, long candidateCount, long exclusionCount,
                      Instant committedAt, String committedBy) {
        this(planId, planVersion, taskId, year, level, initiatingDepartmentId, participatingDepartmentIds,
                targetSnapshotIds, inspectorSnapshotIds, beaconNetwork, beaconRound, commitmentHash, candidateCount,
                exclusionCount, committedAt, committedBy, null, null);
    }

    public DrawHeader {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(commitmentHash, "commitmentHash");
        participatingDepartmentIds = List.copyOf(participatingDepartmentIds);
        targetSnapshotIds = List.copyOf(targetSnapshotIds);
        inspectorSnapshotIds = List.copyOf(inspectorSnapshotIds);
    }

    public boolean demoBeacon() {
        return "ssj-demo".equals(beaconNetwork);
    }
}
