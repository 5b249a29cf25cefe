package cn.shuangsuiji.contracts.draw;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽取已完成 — a committed draw was executed (rules.md §4, S1 15): the drawn targets, the teams, the joint
 * inspection forms (一企一表), the seed and the per-stratum thresholds that prove non-selection. The result is
 * immutable; later substitutions and replacements are separate events. {@code status} FAILED (e.g. NO_TEAM)
 * means targets were drawn but teams could not be formed; the draw can then only be abandoned.
 *
 * @param drawId         the draw's id
 * @param planId         the plan
 * @param taskId         the plan task
 * @param year           the plan year
 * @param level          PROVINCE, CITY or COUNTY
 * @param status         OK or FAILED
 * @param failureCode    the failure code when FAILED, else null
 * @param beaconNetwork  {@code drand-quicknet} or {@code ssj-demo} (DEMO: not a public beacon)
 * @param beaconRound    the beacon round used
 * @param seed           hex seed
 * @param commitmentHash hex commitment hash
 * @param resultHash     hex result hash
 * @param targets        the drawn targets in key order
 * @param teams          the teams, one per target
 * @param forms          the joint inspection forms, one per target
 * @param thresholds     per-stratum counts and thresholds
 * @param bundlePath     where the verifiable bundle is downloaded
 * @param executedAt     execution time
 * @param logHead        hex hash of the draw's hash-chained log after the execution (its EXECUTE entry; added in
 *                       1.1, null when absent)
 * @param logTreeSize    size of the platform's transparency log (docs/draw-protocol.md §16) after the execution:
 *                       the {@link DrawLogCheckpointed} of this size, published in the same transaction, is the
 *                       first checkpoint that includes the execution (added in 1.1, null when absent or when the
 *                       draw was logged before the transparency log existed)
 * @param repeatChecksExcluded 避免重复检查 — candidates the commitment excluded as repeat checks (added in 1.1, null
 *                       when the producer did not say)
 * @param repeatChecksFlagged  drawn targets flagged as repeat checks ({@link DrawnTarget#repeatCheck()}), kept per
 *                       policy (added in 1.1, null when the producer did not say)
 */
@EventType(name = "ssj.draw.DrawCompleted", version = 1, topic = Topics.DRAW_DRAWS)
public record DrawCompleted(UUID eventId, Instant occurredAt, String drawId, String planId, String taskId, int year, String level, String status,
                            String failureCode, String beaconNetwork, long beaconRound, String seed,
                            String commitmentHash, String resultHash, List<DrawnTarget> targets, List<DrawnTeam> teams,
                            List<InspectionForm> forms, List<StratumThreshold> thresholds, String bundlePath,
                            Instant executedAt, String logHead, Long logTreeSize, Integer repeatChecksExcluded,
                            Integer repeatChecksFlagged) implements IntegrationEvent {

    public DrawCompleted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(drawId, "drawId");
        Objects.requireNonNull(status, "status");
        targets = targets == null ? List.of() : List.copyOf(targets);
        teams = teams == null ? List.of() : List.copyOf(teams);
        forms = forms == null ? List.of() : List.copyOf(forms);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** The event without the optional fields added later (log head and transparency-log size). */
    public DrawCompleted(UUID eventId, Instant occurredAt, String drawId, String planId, String taskId, int year,
                         String level, String status, String failureCode, String beaconNetwork, long beaconRound,
                         String seed, String commitmentHash, String resultHash, List<DrawnTarget> targets,
                         List<DrawnTeam> teams, List<InspectionForm> forms, List<StratumThreshold> thresholds,
                         String bundlePath, Instant executedAt) {
        this(eventId, occurredAt, drawId, planId, taskId, year, level, status, failureCode, beaconNetwork,
                beaconRound, seed, commitmentHash, resultHash, targets, teams, forms, thresholds, bundlePath,
                executedAt, null, null);
    }

    /** The event without the repeat-check counts (added later). */
    public DrawCompleted(UUID eventId, Instant occurredAt, String drawId, String planId, String taskId, int year,
                         String level, String status, String failureCode, String beaconNetwork, long beaconRound,
                         String seed, String commitmentHash, String resultHash, List<DrawnTarget> targets,
                         List<DrawnTeam> teams, List<InspectionForm> forms, List<StratumThreshold> thresholds,
                         String bundlePath, Instant executedAt, String logHead, Long logTreeSize) {
        this(eventId, occurredAt, drawId, planId, taskId, year, level, status, failureCode, beaconNetwork,
                beaconRound, seed, commitmentHash, resultHash, targets, teams, forms, thresholds, bundlePath,
                executedAt, logHead, logTreeSize, null, null);
    }

    /** The same event with the repeat-check counts. */
    public DrawCompleted withRepeatChecks(Integer excluded, Integer flagged) {
        return new DrawCompleted(eventId, occurredAt, drawId, planId, taskId, year, level, status, failureCode,
                beaconNetwork, beaconRound, seed, commitmentHash, resultHash, targets, teams, forms, thresholds,
                bundlePath, executedAt, logHead, logTreeSize, excluded, flagged);
    }

    @Override
    public String aggregateId() {
        return drawId;
    }
}
