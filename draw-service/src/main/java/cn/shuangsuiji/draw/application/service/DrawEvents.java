package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import cn.shuangsuiji.contracts.draw.TeamExpert;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger.Selection;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.draw.domain.check.RepeatCheckMarks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract shapes of a draw's outcome (events) and its selection-ledger rows. */
final class DrawEvents {

    private DrawEvents() {
    }

    static DrawCompleted completed(Draw draw, DrawResult result, List<DrawOutcome.Form> forms, Instant now) {
        DrawHeader h = draw.header();
        List<DrawnTarget> targets = result.selected().stream()
                .map(t -> new DrawnTarget(t.id().value(), t.stratum(), t.keyHex())).toList();
        List<DrawnTeam> teams = result.teams().stream().map(t -> team(t, drawnExperts(result, t))).toList();
        List<StratumThreshold> thresholds = result.strata().stream().map(s -> new StratumThreshold(s.stratum(),
                s.eligible(), s.requested(), s.quota(), s.shortfall(),
                s.threshold() == null ? null : s.threshold().id().value(),
                s.threshold() == null ? null : s.threshold().keyHex())).toList();
        return new DrawCompleted(UUID.randomUUID(), now, draw.id().value(), h.planId(), h.taskId(), h.year(),
                h.level(), result.status().name(), result.failure() == null ? null : result.failure().code(),
                h.beaconNetwork(), h.beaconRound(), result.seed().hex(), h.commitmentHash(), result.hash().hex(),
                targets, teams, forms.stream().map(DrawEvents::form).toList(), thresholds,
                "/api/draws/" + draw.id().value() + "/bundle", now);
    }

    /**
     * 避免重复检查 — the event with each drawn target's repeat-check flag and the draw's counts (excluded candidates,
     * flagged drawn targets); unchanged for a draw committed without marks.
     */
    static DrawCompleted withRepeatChecks(DrawCompleted e, RepeatCheckMarks marks) {
        if (marks == null) {
            return e;
        }
        List<DrawnTarget> targets = e.targets().stream()
                .map(t -> new DrawnTarget(t.entityId(), t.stratum(), t.key(), marks.flags(t.entityId()))).toList();
        int flagged = (int) targets.stream().filter(t -> Boolean.TRUE.equals(t.repeatCheck())).count();
        return new DrawCompleted(e.eventId(), e.occurredAt(), e.drawId(), e.planId(), e.taskId(), e.year(), e.level(),
                e.status(), e.failureCode(), e.beaconNetwork(), e.beaconRound(), e.seed(), e.commitmentHash(),
                e.resultHash(), targets, e.teams(), e.forms(), e.thresholds(), e.bundlePath(), e.executedAt(),
                e.logHead(), e.logTreeSize(), marks.excluded(), flagged);
    }

    static DrawnTeam team(Team t) {
        return team(t, List.of());
    }

    /** A team with the experts helping it (not members: S0 9, S2 15). */
    static DrawnTeam team(Team t, List<TeamExpert> experts) {
        return t == null ? null : new DrawnTeam(t.target().value(), t.leader().value(),
                t.members().stream().map(InspectorId::value).toList(), experts);
    }

    /** The experts drawn for a team (protocol revision 1.4). */
    static List<TeamExpert> drawnExperts(DrawResult result, Team t) {
        return result.expertsOf(t.target()).stream().map(e -> new TeamExpert(e.expert().value(),
                e.department().value(), e.field(), "DRAWN", null, null)).toList();
    }

    static InspectionForm form(DrawOutcome.Form f) {
        return new InspectionForm(f.entityId(), f.leaderId(),
                f.members().stream().map(m -> new InspectionForm.FormMember(m.inspectorId(), m.departmentId()))
                        .toList(),
                f.items().stream().map(i -> new InspectionForm.FormItem(i.departmentId(), i.itemId())).toList());
    }

    static Selection selection(Draw draw, int seq, String entity, int delta, PlannedTask task, Team team,
                               Instant at) {
        return new Selection(draw.id().value(), seq, draw.header().year(), draw.header().level(), entity, delta,
                task.items().stream().map(PlannedTask.ItemRef::itemId).distinct().toList(),
                team == null ? List.of() : team.members().stream().map(InspectorId::value).toList(), at);
    }
}
