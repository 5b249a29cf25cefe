package cn.shuangsuiji.drawprotocol.bundle;

import java.util.List;
import java.util.Map;

/**
 * 公开核验包 — the JSON document published for a draw ("format": "ssj-bundle-v1"): everything a third
 * party needs to recompute it. Bytes are lowercase hex, rank keys 16 hex digits, times
 * "yyyy-MM-ddTHH:mm:ssZ". See docs/draw-protocol.md §10.
 */
public record Bundle(String format, Commitment commitment, String commitmentHash, Snapshot snapshot,
        SeedInputs seedInputs, String seed, Result result, List<Action> actions, List<LogEntry> log,
        Transparency transparency) {

    public static final String FORMAT = "ssj-bundle-v1";

    /** A bundle without the (optional) transparency section. */
    public Bundle(String format, Commitment commitment, String commitmentHash, Snapshot snapshot,
            SeedInputs seedInputs, String seed, Result result, List<Action> actions, List<LogEntry> log) {
        this(format, commitment, commitmentHash, snapshot, seedInputs, seed, result, actions, log, null);
    }

    /** This bundle with a transparency section (replacing any earlier one). */
    public Bundle withTransparency(Transparency t) {
        return new Bundle(format, commitment, commitmentHash, snapshot, seedInputs, seed, result, actions, log, t);
    }

    public record Commitment(String algorithmVersion, String drawId, String planId, String jurisdiction,
            String policyVersion, String committedAt, String initiatingDepartment,
            List<String> participatingDepartments, List<Item> items, List<Quota> strata, Policy policy,
            Roots snapshotRoots, Beacon beacon, List<Source> sources, List<Witness> witnesses, Experts experts) {
        /** A commitment without expert terms (before revision 1.4). */
        public Commitment(String algorithmVersion, String drawId, String planId, String jurisdiction,
                String policyVersion, String committedAt, String initiatingDepartment,
                List<String> participatingDepartments, List<Item> items, List<Quota> strata, Policy policy,
                Roots snapshotRoots, Beacon beacon, List<Source> sources, List<Witness> witnesses) {
            this(algorithmVersion, drawId, planId, jurisdiction, policyVersion, committedAt, initiatingDepartment,
                    participatingDepartments, items, strata, policy, snapshotRoots, beacon, sources, witnesses, null);
        }
    }

    /** Expert terms of a commitment (revision 1.4, optional): needs, workload cap, roots and counts. */
    public record Experts(List<ExpertNeedJson> needs, int maxAssignmentsPerExpert, String expertsRoot,
            long expertCount, String expertConflictsRoot, long expertConflictCount) {
    }

    public record ExpertNeedJson(String department, String field) {
    }

    public record Item(String department, String itemCode) {
    }

    public record Quota(String stratum, String kind, String value) {
    }

    /** The policy; replacementRule SUBSTITUTION_DRAW or APPROVAL_ONLY, absent = SUBSTITUTION_DRAW. */
    public record Policy(int minTeamSize, int minPerDepartment, int maxAssignmentsPerInspector,
            boolean excludeSameArea, int reservePerStratum, String replacementRule) {
    }

    public record Roots(String targetsRoot, long targetCount, String eligibilityRoot, long exclusionCount,
            String inspectorsRoot, long inspectorCount, String conflictsRoot, long conflictCount) {
    }

    public record Beacon(String network, String chainHash, String publicKey, long genesisTime, long period,
            long round) {
    }

    /** A committed source; format absent (null) in commitments before revision 1.3. */
    public record Source(String name, String description, String format) {
        public Source(String name, String description) {
            this(name, description, null);
        }
    }

    public record Witness(String witness, String commitment) {
    }

    public record Snapshot(List<Target> targets, List<Exclusion> exclusions, List<Inspector> inspectors,
            List<Conflict> conflicts, List<ExpertJson> experts, List<ExpertConflictJson> expertConflicts) {
        /** A snapshot without an expert pool (before revision 1.4). */
        public Snapshot(List<Target> targets, List<Exclusion> exclusions, List<Inspector> inspectors,
                List<Conflict> conflicts) {
            this(targets, exclusions, inspectors, conflicts, null, null);
        }
    }

    /** An expert record of the committed pool (revision 1.4): no name, phone or relation — only ids. */
    public record ExpertJson(String id, String department, boolean active, List<String> fields) {
    }

    public record ExpertConflictJson(String expertId, String targetId, String reason) {
    }

    public record Target(String id, String stratum, String area) {
    }

    public record Exclusion(String targetId, String reason) {
    }

    public record Inspector(String id, String department, boolean active, List<String> scope, String area) {
    }

    public record Conflict(String inspectorId, String targetId, String reason) {
    }

    /** Revealed inputs; {@code randomness} is informative (SHA-256 of the signature) and checked. */
    public record SeedInputs(BeaconReading beacon, List<SourceValue> sources, List<Reveal> witnessReveals) {
    }

    public record BeaconReading(long round, String signature, String randomness) {
    }

    public record SourceValue(String name, String value) {
    }

    public record Reveal(String witness, String reveal) {
    }

    public record Result(String status, Failure failure, List<Stratum> strata, List<Ranked> selected,
            List<TeamJson> teams, String resultHash, List<DrawnExpert> experts) {
        /** A result without experts (before revision 1.4). */
        public Result(String status, Failure failure, List<Stratum> strata, List<Ranked> selected,
                List<TeamJson> teams, String resultHash) {
            this(status, failure, strata, selected, teams, resultHash, null);
        }
    }

    /** An expert drawn for a target's team (revision 1.4). */
    public record DrawnExpert(String target, String expert, String department, String field) {
    }

    public record Failure(String code, String target, String department, String detail) {
    }

    public record Stratum(String stratum, long eligible, long requested, long quota, boolean shortfall,
            Ranked threshold, List<Ranked> reserve) {
    }

    public record Ranked(String id, String stratum, String key) {
    }

    public record TeamJson(String target, String leader, List<String> members) {
    }

    /**
     * A post-draw action. SUBSTITUTE: replacedTarget, reason, substitute, team (null without teams).
     * REPLACE: target, replacedInspector, replacementInspector, reason, approvedBy, team, mode
     * (NEXT_RANKED or APPROVER_CHOICE; absent = NEXT_RANKED).
     */
    public record Action(String type, String replacedTarget, String target, String replacedInspector,
            String replacementInspector, String reason, String approvedBy, Ranked substitute, TeamJson team,
            String mode) {
    }

    public record LogEntry(long seq, String kind, String at, String actor, Map<String, String> fields,
            String prevHash, String hash) {
    }

    /**
     * 透明日志证明 — optional (docs/draw-protocol.md §16.5): where the {@code log} entries sit in the
     * platform's transparency log. {@code checkpoint} is the signed note (text) of the checkpoint the proofs
     * are for; {@code proofs} has one element per {@code log} entry, same order.
     */
    public record Transparency(String checkpoint, List<LogProof> proofs) {
    }

    /** An entry's leaf index in the transparency log and its inclusion proof (hex, bottom-up). */
    public record LogProof(long leafIndex, List<String> proof) {
    }
}
