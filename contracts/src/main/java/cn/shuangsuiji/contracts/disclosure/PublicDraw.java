package cn.shuangsuiji.contracts.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 抽查任务公告 — a draw as the public sees it (S0 7; S1 15, 20(二); rules.md §4, §6). The commitment is public as
 * soon as it is made; at execution the seed, per-stratum thresholds and the log of substitutions and abandonment
 * follow. The targets (with their public names and credit codes) are public at once, or — for a task with an item
 * that must not be announced beforehand (不宜事先告知) — from {@code targetsPublicFrom}, the day after the
 * inspection window ends; until then {@code targets} is empty and {@code targetsWithheld} is true. Inspectors'
 * identities are never part of this record: replacements show only when, why and how.
 *
 * @param drawId                     draw (task announcement) id
 * @param planId                     the plan
 * @param planVersion                the plan version drawn under
 * @param taskId                     the plan task
 * @param taskName                   the task's name, when the plan is known
 * @param year                       the plan year
 * @param level                      PROVINCE, CITY or COUNTY
 * @param initiatingDepartmentId     the initiating department
 * @param participatingDepartmentIds the participating departments
 * @param status                     COMMITTED, COMPLETED, FAILED or ABANDONED
 * @param commitment                 the commitment
 * @param execution                  the execution, or null before it
 * @param targetsWithheld            whether targets exist but are not public yet
 * @param targetsPublicFrom          the first day the targets are public, or null when public at once
 * @param targets                    the drawn targets (current and replaced), when public
 * @param substitutions              递补, when the targets are public
 * @param replacements               执法人员更换 (no identities)
 * @param abandonment                作废, or null
 * @param bundleUrl                  where the verifiable bundle (抽取证据包) is downloaded from the verification kit
 *                                   ({@code /api/public/open-data/kit/bundles/{drawId}}), or null before execution and
 *                                   until {@code bundlePublicFrom}
 * @param bundlePublicFrom           the first day the bundle is public: the day after the task's inspection window
 *                                   ends (the bundle names the inspectors of each target), or null while the plan
 *                                   task is unknown
 */
public record PublicDraw(String drawId, String planId, int planVersion, String taskId, String taskName, int year,
                         String level, String initiatingDepartmentId, List<String> participatingDepartmentIds,
                         String status, Commitment commitment, Execution execution, boolean targetsWithheld,
                         LocalDate targetsPublicFrom, List<Target> targets, List<Substitution> substitutions,
                         List<Replacement> replacements, Abandonment abandonment, String bundleUrl,
                         LocalDate bundlePublicFrom) {

    public PublicDraw {
        Objects.requireNonNull(drawId, "drawId");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of()
                : List.copyOf(participatingDepartmentIds);
        targets = targets == null ? List.of() : List.copyOf(targets);
        substitutions = substitutions == null ? List.of() : List.copyOf(substitutions);
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    /**
     * 承诺 — what was fixed before any randomness existed.
     *
     * @param commitmentHash       hex SHA-256 of the canonical commitment
     * @param targetSnapshotIds    entity snapshot roots drawn from
     * @param inspectorSnapshotIds inspector snapshot roots drawn from
     * @param beaconNetwork        drand-quicknet, or ssj-demo (DEMO: not a public beacon)
     * @param beaconRound          the future beacon round
     * @param candidateCount       candidates in the frozen table
     * @param exclusionCount       candidates excluded by eligibility facts
     * @param committedAt          commitment time
     * @param sources              the public sources named in the commitment (公开随机源)
     * @param witnessCommitments   the witnesses' commitments (见证人承诺), hex hashes in commitment order; who the
     *                             witnesses are is in the bundle, not here
     * @param repeatPairingsAvoided how many inspector–candidate pairings the commitment excludes as repeat pairings
     *                             (a count; null when the draw's events do not say)
     * @param repeatChecksExcluded  避免重复检查 — candidates excluded because another department of the same
     *                              jurisdiction already checked the task's items this year (null when not said)
     * @param repeatChecksFlagged   candidates kept but flagged as repeat checks (null when not said)
     */
    public record Commitment(String commitmentHash, List<String> targetSnapshotIds, List<String> inspectorSnapshotIds,
                             String beaconNetwork, long beaconRound, long candidateCount, long exclusionCount,
                             Instant committedAt, List<Source> sources, List<String> witnessCommitments,
                             Integer repeatPairingsAvoided, Integer repeatChecksExcluded,
                             Integer repeatChecksFlagged) {

        public Commitment {
            targetSnapshotIds = targetSnapshotIds == null ? List.of() : List.copyOf(targetSnapshotIds);
            inspectorSnapshotIds = inspectorSnapshotIds == null ? List.of() : List.copyOf(inspectorSnapshotIds);
            sources = sources == null ? List.of() : List.copyOf(sources);
            witnessCommitments = witnessCommitments == null ? List.of() : List.copyOf(witnessCommitments);
        }

        /** A commitment without the repeat-check counts. */
        public Commitment(String commitmentHash, List<String> targetSnapshotIds, List<String> inspectorSnapshotIds,
                          String beaconNetwork, long beaconRound, long candidateCount, long exclusionCount,
                          Instant committedAt, List<Source> sources, List<String> witnessCommitments,
                          Integer repeatPairingsAvoided) {
            this(commitmentHash, targetSnapshotIds, inspectorSnapshotIds, beaconNetwork, beaconRound, candidateCount,
                    exclusionCount, committedAt, sources, witnessCommitments, repeatPairingsAvoided, null, null);
        }
    }

    /** 公开随机源 — a named public source whose value was unknown at commitment. */
    public record Source(String name, String description, String format) {
    }

    /**
     * 抽取结果 — the execution's public proof.
     *
     * @param seed        hex seed
     * @param resultHash  hex result hash (the log head of the execution)
     * @param failureCode the failure code of a FAILED draw, else null
     * @param thresholds  per-stratum counts and thresholds
     * @param executedAt  execution time
     * @param logHead     hex hash of the draw's hash-chained log after the execution (日志链头), or null
     * @param logTreeSize the platform transparency log's size whose signed checkpoint first includes the execution,
     *                    or null
     * @param checkpointUrl where that checkpoint is served ({@code /api/public/draw-log/checkpoints/{size}}), or null
     * @param repeatChecksFlagged 避免重复检查 — drawn targets flagged as repeat checks (kept per policy), or null when
     *                      the draw's events do not say
     */
    public record Execution(String seed, String resultHash, String failureCode, List<Threshold> thresholds,
                            Instant executedAt, String logHead, Long logTreeSize, String checkpointUrl,
                            Integer repeatChecksFlagged) {

        public Execution {
            thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        }

        /** An execution without the repeat-check count. */
        public Execution(String seed, String resultHash, String failureCode, List<Threshold> thresholds,
                         Instant executedAt, String logHead, Long logTreeSize, String checkpointUrl) {
            this(seed, resultHash, failureCode, thresholds, executedAt, logHead, logTreeSize, checkpointUrl, null);
        }
    }

    /** 分层阈值 — eligible, requested and drawn per stratum, with the threshold key. */
    public record Threshold(String stratum, long eligible, long requested, long drawn, boolean shortfall,
                            String thresholdKey) {
    }

    /**
     * 抽中对象 — a drawn target with its public name and credit code (known from the registry's events).
     *
     * @param entityId entity id
     * @param name     市场主体名称, or null when unknown or a natural person
     * @param uscc     统一社会信用代码, or null
     * @param stratum  stratum
     * @param key      rank key
     * @param current  false once substituted
     */
    public record Target(String entityId, String name, String uscc, String stratum, String key, boolean current) {
    }

    /** 递补 — a target taken out and its substitute. */
    public record Substitution(String replacedTargetId, String substituteTargetId, String stratum, String substituteKey,
                               String reason, Instant at) {
    }

    /** 执法人员更换 — reason and mode only; who was replaced by whom is not public. */
    public record Replacement(String targetId, String reason, String mode, Instant at) {
    }

    /** 作废 — why and when. */
    public record Abandonment(String reason, Instant at) {
    }
}
