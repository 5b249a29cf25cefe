package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽取已承诺 — a draw was committed before any randomness existed (rules.md §4; docs/draw-protocol.md §4): the
 * frozen snapshot roots, the parameters and the future beacon round are fixed by {@code commitmentHash}.
 *
 * @param drawId                     the draw's id, also the aggregate id and Kafka key
 * @param planId                     the plan
 * @param planVersion                the approved plan version drawn under
 * @param taskId                     the plan task
 * @param year                       the plan year
 * @param level                      PROVINCE, CITY or COUNTY (the task's level)
 * @param initiatingDepartmentId     the initiating department (its inspector leads each team)
 * @param participatingDepartmentIds departments whose inspectors are drawn (empty = targets only)
 * @param targetSnapshotIds          the confirmed entity snapshots drawn from
 * @param inspectorSnapshotIds       the confirmed inspector snapshots drawn from
 * @param commitmentHash             hex SHA-256 of the canonical commitment
 * @param beaconNetwork              {@code drand-quicknet}, or {@code ssj-demo} for the DEMO beacon (not a public beacon)
 * @param beaconRound                the future beacon round
 * @param candidateCount             targets in the frozen candidate table
 * @param exclusionCount             candidates excluded by eligibility facts
 * @param committedAt                commitment time
 * @param sources                    the public sources named in the commitment (added in 1.1, optional: empty in
 *                                   events of earlier producers)
 * @param witnessCommitments         the witnesses' commitments (added in 1.1, optional: empty when absent)
 * @param repeatPairingsAvoided      how many inspector–candidate pairings the commitment excludes because the
 *                                   inspector checked that entity within the policy's repeat-pairing years (a
 *                                   count only, never who; added in 1.1, null when the producer did not say)
 * @param repeatChecksExcluded       避免重复检查 — how many candidates the commitment excludes (reason
 *                                   {@code REPEAT_CHECK}) because every item of the task was already checked this
 *                                   year for that entity by another department of the same jurisdiction (added in
 *                                   1.1, null when the producer did not say)
 * @param repeatChecksFlagged        how many eligible candidates are flagged as repeat checks (an item of the task
 *                                   already checked this year by another department of the same jurisdiction) but
 *                                   kept in the draw per policy (added in 1.1, null when the producer did not say)
 */
@EventType(name = "ssj.draw.DrawCommitted", version = 1, topic = Topics.DRAW_DRAWS)
public record DrawCommitted(UUID eventId, Instant occurredAt, String drawId, String planId, int planVersion, String taskId, int year, String level,
                            String initiatingDepartmentId, List<String> participatingDepartmentIds,
                            List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, String commitmentHash,
                            String beaconNetwork, long beaconRound, long candidateCount, long exclusionCount,
                            Instant committedAt, List<CommittedSource> sources,
                            List<CommittedWitness> witnessCommitments, Integer repeatPairingsAvoided,
                            Integer repeatChecksExcluded, Integer repeatChecksFlagged)
        implements IntegrationEvent {

    public DrawCommitted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(commitmentHash, "commitmentHash");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of() : List.copyOf(participatingDepartmentIds);
        targetSnapshotIds = targetSnapshotIds == null ? List.of() : List.copyOf(targetSnapshotIds);
        inspectorSnapshotIds = inspectorSnapshotIds == null ? List.of() : List.copyOf(inspectorSnapshotIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
        witnessCommitments = witnessCommitments == null ? List.of() : List.copyOf(witnessCommitments);
    }

    /** The event without the repeat-check counts (added later). */
    public DrawCommitted(UUID eventId, Instant occurredAt, String drawId, String planId, int planVersion,
                         String taskId, int year, String level, String initiatingDepartmentId,
                         List<String> participatingDepartmentIds, List<String> targetSnapshotIds,
                         List<String> inspectorSnapshotIds, String commitmentHash, String beaconNetwork,
                         long beaconRound, long candidateCount, long exclusionCount, Instant committedAt,
                         List<CommittedSource> sources, List<CommittedWitness> witnessCommitments,
                         Integer repeatPairingsAvoided) {
        this(eventId, occurredAt, drawId, planId, planVersion, taskId, year, level, initiatingDepartmentId,
                participatingDepartmentIds, targetSnapshotIds, inspectorSnapshotIds, commitmentHash, beaconNetwork,
                beaconRound, candidateCount, exclusionCount, committedAt, sources, witnessCommitments,
                repeatPairingsAvoided, null, null);
    }

    /** The event without the optional fields added later (sources, witnesses' commitments, repeat pairings). */
    public DrawCommitted(UUID eventId, Instant occurredAt, String drawId, String planId, int planVersion,
                         String taskId, int year, String level, String initiatingDepartmentId,
                         List<String> participatingDepartmentIds, List<String> targetSnapshotIds,
                         List<String> inspectorSnapshotIds, String commitmentHash, String beaconNetwork,
                         long beaconRound, long candidateCount, long exclusionCount, Instant committedAt) {
        this(eventId, occurredAt, drawId, planId, planVersion, taskId, year, level, initiatingDepartmentId,
                participatingDepartmentIds, targetSnapshotIds, inspectorSnapshotIds, commitmentHash, beaconNetwork,
                beaconRound, candidateCount, exclusionCount, committedAt, List.of(), List.of(), null, null, null);
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
