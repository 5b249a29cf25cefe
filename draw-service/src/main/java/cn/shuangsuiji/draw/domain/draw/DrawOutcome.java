package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.Substitution;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 当前抽取结果 — the current targets and teams of an executed draw: its immutable result with the
 * substitutions (递补) and replacements applied in order, and the joint inspection forms (一企一表, S0 15).
 */
public final class DrawOutcome {

    private final Map<TargetId, RankedTarget> targets = new LinkedHashMap<>();
    private final Map<TargetId, Team> teams = new LinkedHashMap<>();
    private final Map<TargetId, List<ExpertOnTeam>> experts = new LinkedHashMap<>();

    public DrawOutcome(DrawResult result, List<PostDrawAction> actions) {
        result.selected().forEach(t -> targets.put(t.id(), t));
        result.teams().forEach(t -> teams.put(t.target(), t));
        if (result.experts() != null) {
            result.experts().forEach(e -> experts.computeIfAbsent(e.target(), x -> new ArrayList<>())
                    .add(ExpertOnTeam.drawn(e.target().value(), e.expert().value(), e.department().value(),
                            e.field())));
        }
        for (PostDrawAction a : actions) {
            if (a instanceof Substitution s) {
                targets.remove(s.replaced());
                teams.remove(s.replaced());
                experts.remove(s.replaced());
                targets.put(s.substitute().id(), s.substitute());
                if (s.team() != null) {
                    teams.put(s.substitute().id(), s.team());
                }
            } else if (a instanceof Replacement r) {
                teams.put(r.target(), r.team());
            }
        }
    }

    public List<RankedTarget> targets() {
        return List.copyOf(targets.values());
    }

    public Team team(TargetId target) {
        return teams.get(target);
    }

    /** The experts helping a target's team: drawn, then assigned, in order (not members, S0 9). */
    public List<ExpertOnTeam> experts(TargetId target) {
        return List.copyOf(experts.getOrDefault(target, List.of()));
    }

    /** Adds experts the department heads assigned (ASSIGNED) to the teams of current targets. */
    public DrawOutcome withAssigned(List<ExpertOnTeam> assigned) {
        for (ExpertOnTeam e : assigned) {
            TargetId t = new TargetId(e.targetId());
            if (targets.containsKey(t)) {
                experts.computeIfAbsent(t, x -> new ArrayList<>()).add(e);
            }
        }
        return this;
    }

    public boolean contains(TargetId target) {
        return targets.containsKey(target);
    }

    /** One form per current target: its team with each member's department, and every department's items. */
    public List<Form> forms(List<PlannedTask.ItemRef> items, InspectorPool pool) {
        List<Form> forms = new ArrayList<>();
        for (RankedTarget t : targets.values()) {
            forms.add(form(t, items, pool));
        }
        return forms;
    }

    public Form form(RankedTarget t, List<PlannedTask.ItemRef> items, InspectorPool pool) {
        Team team = teams.get(t.id());
        List<Member> members = new ArrayList<>();
        if (team != null) {
            for (InspectorId m : team.members()) {
                int i = pool.indexOf(m);
                members.add(new Member(m.value(), i < 0 ? "" : pool.get(i).department().value()));
            }
        }
        return new Form(t.id().value(), t.stratum(), t.keyHex(), team == null ? null : team.leader().value(),
                members, items);
    }

    /** 一企一表 — one target's joint form. */
    public record Form(String entityId, String stratum, String key, String leaderId, List<Member> members,
                       List<PlannedTask.ItemRef> items) {
    }

    /** A team member and their department. */
    public record Member(String inspectorId, String departmentId) {
    }
}
