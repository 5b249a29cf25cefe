package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.InvalidField;
import cn.shuangsuiji.platform.security.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * Commands of the draw use cases; each validates itself on construction. Each carries the authenticated caller
 * ({@link Actor}, from the verified token): the use case checks it against the rights table and records its subject
 * in the hash-chained log and the audit trail. Identities never come from request bodies.
 */
public final class DrawCommands {

    private DrawCommands() {
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(name, "REQUIRED", "必填");
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** 承诺抽取. */
    public record Commit(String planId, String taskId, String beaconNetwork, long beaconRound,
                         List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, List<Source> sources,
                         List<WitnessCommitment> witnessCommitments, Actor actor) {
        public Commit {
            required(planId, "planId");
            required(taskId, "taskId");
            if (beaconRound < 1) {
                throw new InvalidField("beaconRound", "BEACON_ROUND_INVALID", "信标轮次从 1 开始");
            }
            targetSnapshotIds = list(targetSnapshotIds);
            inspectorSnapshotIds = list(inspectorSnapshotIds);
            if (targetSnapshotIds.isEmpty()) {
                throw new InvalidField("targetSnapshotIds", "REQUIRED", "至少需要一个检查对象快照");
            }
            sources = list(sources);
            witnessCommitments = list(witnessCommitments);
            Objects.requireNonNull(actor, "actor");
            List<FieldProblem> duplicates = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < sources.size(); i++) {
                if (!names.add(sources.get(i).name())) {
                    duplicates.add(new FieldProblem("sources[" + i + "].name", "SOURCE_DUPLICATE", "随机源名称重复"));
                }
            }
            Set<String> witnesses = new HashSet<>();
            for (int i = 0; i < witnessCommitments.size(); i++) {
                if (!witnesses.add(witnessCommitments.get(i).witness())) {
                    duplicates.add(new FieldProblem("witnessCommitments[" + i + "].witness", "WITNESS_DUPLICATE",
                            "同一见证人只能承诺一次"));
                }
            }
            if (!duplicates.isEmpty()) {
                throw DomainProblem.invalid("DRAW_COMMITMENT_INVALID", "随机源或见证人重复，无法形成承诺", duplicates);
            }
        }
    }

    /**
     * A named future public source and the canonical format of its value (protocol revision 1.3:
     * {@code INTEGER_LIST} or {@code INTEGER_LIST:n}); its value is entered and logged before the beacon round.
     */
    public record Source(String name, String description, String format) {
        public Source {
            format = format == null || format.isBlank() ? cn.shuangsuiji.drawprotocol.SourceFormat.INTEGER_LIST : format;
        }

        /** A source whose value is an ordered list of integers ({@code INTEGER_LIST}). */
        public Source(String name, String description) {
            this(name, description, null);
        }
    }

    /** 录入随机源数值 — a committed source's published value, entered before the beacon round's time. */
    public record EnterSource(String drawId, String source, String value, Actor actor) {
        public EnterSource {
            Objects.requireNonNull(drawId, "drawId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** A witness's hash commitment (hex SHA-256 of their secret). */
    public record WitnessCommitment(String witness, String commitment) {
    }

    /** 执行抽取. */
    public record Execute(String drawId, String signature, List<String> sourceValues, List<String> witnessReveals,
                          Actor actor) {
        public Execute {
            Objects.requireNonNull(actor, "actor");
            required(drawId, "drawId");
            required(signature, "signature");
            sourceValues = list(sourceValues);
            witnessReveals = list(witnessReveals);
        }
    }

    /**
     * A witness reveals their secret before the beacon round (logged as WITNESS, docs/draw-protocol.md §5.2); the
     * witness is the caller (the token subject), named so in the commitment.
     */
    public record Reveal(String drawId, String reveal, Actor actor) {
        public Reveal {
            required(drawId, "drawId");
            required(reveal, "reveal");
            Objects.requireNonNull(actor, "actor");
        }

        /** The witness: the caller's subject. */
        public String witness() {
            return actor.subject();
        }
    }

    public record Abandon(String drawId, String reason, Actor actor) {
        public Abandon {
            Objects.requireNonNull(actor, "actor");
            required(drawId, "drawId");
            required(reason, "reason");
        }
    }

    /** 递补 — by the approving department head (the actor); reason one of SubstitutionReason, evidence required. */
    public record Substitute(String drawId, String targetId, String reason, String evidence, Actor actor) {
        public Substitute {
            Objects.requireNonNull(actor, "actor");
            required(drawId, "drawId");
            required(targetId, "targetId");
            required(reason, "reason");
            required(evidence, "evidence");
        }
    }

    /**
     * 人员调整 — replace a drawn inspector; with {@code replacementInspectorId} the approver names the
     * replacement (审批指定, only under an APPROVAL_ONLY policy, S1 16), without it the next-ranked eligible
     * inspector comes in (抽取递补, S2 19, 21). The approver (负责人) is the caller.
     */
    public record Replace(String drawId, String targetId, String inspectorId, String reason,
                          String replacementInspectorId, Actor actor) {

        /** A replacement by the next-ranked eligible inspector. */
        public Replace(String drawId, String targetId, String inspectorId, String reason, Actor actor) {
            this(drawId, targetId, inspectorId, reason, null, actor);
        }

        /** Who approved the replacement: the caller's subject. */
        public String approvedBy() {
            return actor.subject();
        }

        public Replace {
            if (replacementInspectorId != null && replacementInspectorId.isBlank()) {
                replacementInspectorId = null;
            }
            required(drawId, "drawId");
            required(targetId, "targetId");
            required(inspectorId, "inspectorId");
            required(reason, "reason");
            Objects.requireNonNull(actor, "actor");
        }
    }

    public record AddWitness(String drawId, String name, String role, String organisation, Actor actor) {
        public AddWitness {
            Objects.requireNonNull(actor, "actor");
            required(drawId, "drawId");
            required(name, "name");
            required(role, "role");
        }
    }

    /** A confirmation of the result by drawer, supervisor or witness (S2 20), each as themself (the caller). */
    public record Confirm(String drawId, String role, Actor by) {
        public Confirm {
            required(drawId, "drawId");
            required(role, "role");
            Objects.requireNonNull(by, "by");
        }
    }

    public record DispatchTo(String drawId, List<String> departmentIds, String note, Actor actor) {
        public DispatchTo {
            Objects.requireNonNull(actor, "actor");
            required(drawId, "drawId");
            departmentIds = list(departmentIds);
            if (departmentIds.isEmpty()) {
                throw new InvalidField("departmentIds", "REQUIRED", "至少需要一个部门");
            }
            note = note == null ? "" : note;
        }
    }

    /** The receiving department confirms a dispatch; the caller confirms as themself. */
    public record ConfirmDispatch(String drawId, String departmentId, Actor by) {
        public ConfirmDispatch {
            required(drawId, "drawId");
            required(departmentId, "departmentId");
            Objects.requireNonNull(by, "by");
        }
    }
}
