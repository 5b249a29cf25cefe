package cn.shuangsuiji.draw.adapter.in.web;

import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Confirmation;
import cn.shuangsuiji.draw.domain.draw.Dispatch;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.draw.Witness;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.StratumOutcome;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.time.Instant;
import java.util.List;

/** A draw as the API shows it; {@code confirmations} the result's confirmations and, when the draw is read with
 * its commitment, {@code confirmationsComplete} / {@code missingConfirmations} what S2 20 still requires (drawer,
 * supervisor, every witness as {@code WITNESS:name}); {@code round} is the task round (S2 18), {@code redrawOf} the abandoned or failed
 * draw of the round it replaces. */
public record DrawResponse(String id, String state, String planId, int planVersion, String taskId, int year,
                           String level, String initiatingDepartmentId, List<String> participatingDepartmentIds,
                           List<String> targetSnapshotIds, List<String> inspectorSnapshotIds, Beacon beacon,
                           String commitmentHash, long candidateCount, long exclusionCount, Instant committedAt,
                           String committedBy, String status, String failureCode, String seed, String resultHash,
                           List<Stratum> strata, List<Target> targets, List<Witness> witnesses,
                           List<Dispatch> dispatches, String abandonReason, String bundlePath, Integer round,
                           String redrawOf, List<Confirmation> confirmations, Boolean confirmationsComplete,
                           List<String> missingConfirmations) {

    static final String DEMO_WARNING = "演示信标（非公共信标，任何人可签名）：抽取可复算，但事先并非不可预测，仅用于演示和测试";

    /** 信标 — network and round; {@code demo} marks the DEMO beacon. */
    public record Beacon(String network, long round, Instant roundTime, boolean demo, String warning) {
    }

    /** 分层结果 — counts, shortfall (stratum smaller than quota: all drawn) and threshold. */
    public record Stratum(String stratum, long eligible, long requested, long quota, boolean shortfall, String note,
                          String thresholdId, String thresholdKey, List<String> reserve) {
    }

    /** A current target with its team; {@code experts} help the team (drawn or assigned) and are not members. */
    public record Target(String entityId, String stratum, String key, String leaderId, List<String> memberIds,
                         List<Expert> experts) {
    }

    /**
     * 组内专家 — an expert helping the team (S0 9): mode DRAWN (抽取) or ASSIGNED (指派, with the head's reason); not an
     * inspector, not a member, never the leader.
     */
    public record Expert(String expertId, String departmentId, String field, String mode, String reason,
                         String assignedBy) {
    }

    static DrawResponse of(Draw draw) {
        return of(new DrawView(draw, null, null, null, List.of(), null, List.of()));
    }

    static DrawResponse of(DrawView v) {
        Draw d = v.draw();
        DrawHeader h = d.header();
        long roundTime = DrandQuicknet.GENESIS_TIME + (h.beaconRound() - 1) * DrandQuicknet.PERIOD;
        List<Stratum> strata = v.strata().stream().map(DrawResponse::stratum).toList();
        List<Target> targets = v.outcome() == null ? List.of() : v.outcome().targets().stream()
                .map(t -> target(t, v.outcome())).toList();
        return new DrawResponse(d.id().value(), d.state().name(), h.planId(), h.planVersion(), h.taskId(), h.year(),
                h.level(), h.initiatingDepartmentId(), h.participatingDepartmentIds(), h.targetSnapshotIds(),
                h.inspectorSnapshotIds(), new Beacon(h.beaconNetwork(), h.beaconRound(),
                Instant.ofEpochSecond(roundTime), h.demoBeacon(), h.demoBeacon() ? DEMO_WARNING : null),
                h.commitmentHash(), h.candidateCount(), h.exclusionCount(), h.committedAt(), h.committedBy(),
                v.status(), v.failure(), v.seed(), d.resultHash(), strata, targets, d.witnesses(), d.dispatches(),
                d.abandonReason(), v.status() == null ? null : "/api/draws/" + d.id().value() + "/bundle",
                h.round(), h.redrawOf(), d.confirmations(),
                v.committedWitnesses() == null || v.status() == null ? null
                        : d.missingConfirmations(v.committedWitnesses()).isEmpty(),
                v.committedWitnesses() == null || v.status() == null ? null
                        : d.missingConfirmations(v.committedWitnesses()));
    }

    private static Stratum stratum(StratumOutcome s) {
        return new Stratum(s.stratum(), s.eligible(), s.requested(), s.quota(), s.shortfall(),
                s.shortfall() ? "该层符合条件的对象少于抽取数量，已全部抽取" : null,
                s.threshold() == null ? null : s.threshold().id().value(),
                s.threshold() == null ? null : s.threshold().keyHex(),
                s.reserve().stream().map(r -> r.id().value()).toList());
    }

    private static Target target(RankedTarget t, DrawOutcome outcome) {
        Team team = outcome.team(t.id());
        return new Target(t.id().value(), t.stratum(), t.keyHex(), team == null ? null : team.leader().value(),
                team == null ? List.of() : team.members().stream().map(InspectorId::value).toList(),
                outcome.experts(t.id()).stream().map(e -> new Expert(e.expertId(), e.departmentId(), e.field(),
                        e.mode(), e.reason(), e.assignedBy())).toList());
    }
}
