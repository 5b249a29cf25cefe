package cn.shuangsuiji.draw.application.port.in;

import java.util.List;
import java.util.Objects;

/** Commands of the draw use cases; each validates itself on construction. */
public final class DrawCommands {

    private DrawCommands() {
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** 承诺抽取. */
    public record Commit(String planId, String taskId, String beaconNetwork, long beaconRound,
                         List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, List<Source> sources,
                         List<WitnessCommitment> witnessCommitments, String actor) {
        public Commit {
            required(planId, "planId");
            required(taskId, "taskId");
            if (beaconRound < 1) {
                throw new IllegalArgumentException("beaconRound must be ≥ 1");
            }
            targetSnapshotIds = list(targetSnapshotIds);
            inspectorSnapshotIds = list(inspectorSnapshotIds);
            if (targetSnapshotIds.isEmpty()) {
                throw new IllegalArgumentException("at least one target snapshot is required");
            }
            sources = list(sources);
            witnessCommitments = list(witnessCommitments);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** A named future public source. */
    public record Source(String name, String description) {
    }

    /** A witness's hash commitment (hex SHA-256 of their secret). */
    public record WitnessCommitment(String witness, String commitment) {
    }

    /** 执行抽取. */
    public record Execute(String drawId, String signature, List<String> sourceValues, List<String> witnessReveals,
                          String actor) {
        public Execute {
            required(drawId, "drawId");
            required(signature, "signature");
            sourceValues = list(sourceValues);
            witnessReveals = list(witnessReveals);
        }
    }

    /** A witness reveals their secret before the beacon round (logged as WITNESS, docs/draw-protocol.md §5.2). */
    public record Reveal(String drawId, String witness, String reveal, String actor) {
        public Reveal {
            required(drawId, "drawId");
            required(witness, "witness");
            required(reveal, "reveal");
        }
    }

    public record Abandon(String drawId, String reason, String actor) {
        public Abandon {
            required(drawId, "drawId");
            required(reason, "reason");
        }
    }

    public record Substitute(String drawId, String targetId, String reason, String actor) {
        public Substitute {
            required(drawId, "drawId");
            required(targetId, "targetId");
            required(reason, "reason");
        }
    }

    /**
     * 人员调整 — replace a drawn inspector; with {@code replacementInspectorId} the approver names the
     * replacement (审批指定, only under an APPROVAL_ONLY policy, S1 16), without it the next-ranked eligible
     * inspector comes in (抽取递补, S2 19, 21).
     */
    public record Replace(String drawId, String targetId, String inspectorId, String reason, String approvedBy,
                          String replacementInspectorId, String actor) {

        /** A replacement by the next-ranked eligible inspector. */
        public Replace(String drawId, String targetId, String inspectorId, String reason, String approvedBy,
                       String actor) {
            this(drawId, targetId, inspectorId, reason, approvedBy, null, actor);
        }

        public Replace {
            if (replacementInspectorId != null && replacementInspectorId.isBlank()) {
                replacementInspectorId = null;
            }
            required(drawId, "drawId");
            required(targetId, "targetId");
            required(inspectorId, "inspectorId");
            required(reason, "reason");
            required(approvedBy, "approvedBy");
        }
    }

    public record AddWitness(String drawId, String name, String role, String organisation, String actor) {
        public AddWitness {
            required(drawId, "drawId");
            required(name, "name");
            required(role, "role");
        }
    }

    /** A confirmation of the result by drawer, supervisor or witness (S2 20). */
    public record Confirm(String drawId, String role, String by) {
        public Confirm {
            required(drawId, "drawId");
            required(role, "role");
            required(by, "by");
        }
    }

    public record DispatchTo(String drawId, List<String> departmentIds, String note, String actor) {
        public DispatchTo {
            required(drawId, "drawId");
            departmentIds = list(departmentIds);
            if (departmentIds.isEmpty()) {
                throw new IllegalArgumentException("at least one department is required");
            }
            note = note == null ? "" : note;
        }
    }

    public record ConfirmDispatch(String drawId, String departmentId, String by) {
        public ConfirmDispatch {
            required(drawId, "drawId");
            required(departmentId, "departmentId");
            required(by, "by");
        }
    }
}
