package cn.shuangsuiji.drawprotocol;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state after a draw and a sequence of post-draw actions (replayed, never stored). */
final class DrawState {
    final Set<TargetId> active = new LinkedHashSet<>();
    final Map<TargetId, Team> teams = new LinkedHashMap<>();
    final Map<String, RankedTarget> frontier = new HashMap<>();
    final Map<String, Integer> reserveUsed = new HashMap<>();
    final Map<TargetId, Set<InspectorId>> replacedOn = new HashMap<>();
    final TeamMatcher matcher;

    private DrawState(TeamMatcher matcher) {
        this.matcher = matcher;
    }

    static DrawState replay(DrawInputs inputs, DrawResult result, List<PostDrawAction> history) {
        if (result.status() != DrawStatus.OK) {
            throw new DrawException("DRAW_FAILED", "the draw failed; nothing can be substituted or replaced");
        }
        boolean teams = inputs.commitment().teamsEnabled();
        DrawState s = new DrawState(teams ? new TeamMatcher(inputs, DrawSeed.fromSeed(result.seed())) : null);
        for (RankedTarget t : result.selected()) {
            s.active.add(t.id());
        }
        for (Team t : result.teams()) {
            s.teams.put(t.target(), t);
            s.matcher.take(t, 1);
        }
        for (StratumOutcome o : result.strata()) {
            if (o.threshold() != null) {
                s.frontier.put(o.stratum(), o.threshold());
            }
        }
        for (PostDrawAction a : history) {
            if (a instanceof Substitution sub) {
                s.active.remove(sub.replaced());
                s.active.add(sub.substitute().id());
                String st = sub.substitute().stratum();
                s.reserveUsed.merge(st, 1, Integer::sum);
                s.frontier.put(st, sub.substitute());
                if (teams) {
                    Team old = s.teams.remove(sub.replaced());
                    if (old != null) {
                        s.matcher.take(old, -1);
                    }
                    if (sub.team() != null) {
                        s.teams.put(sub.substitute().id(), sub.team());
                        s.matcher.take(sub.team(), 1);
                    }
                }
            } else if (a instanceof Replacement r) {
                Team old = s.teams.put(r.target(), r.team());
                if (old != null) {
                    s.matcher.take(old, -1);
                }
                s.matcher.take(r.team(), 1);
                s.replacedOn.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.replaced());
            }
        }
        return s;
    }
}
