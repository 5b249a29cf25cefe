package cn.shuangsuiji.draw.domain.check;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 重复检查筛查 — which candidates of a task were already checked this year, for an item of the task, by another
 * department of the same jurisdiction (避免重复检查; S0 14; S1 24; rules.md §2, §6), and what the policy does with
 * them. Pure and deterministic.
 * <p>
 * <b>The same item</b> is the same registry 抽查事项 — its stable {@code itemId}, any version: a department that
 * claimed (认领) another's item, or brings it into a joint plan, checks the same item. Items of different departments
 * with similar content are different items (the registry has no equivalence between them; S2 17 asks that such
 * checks be planned jointly instead). <b>The same jurisdiction</b>: the two departments have the same region code
 * (行政区划); a department whose region is unknown matches none. A check by the level above is S2 18's rule
 * ({@code CHECKED_BY_HIGHER_LEVEL}), not this one. <b>This year</b>: the check date is in the plan's year. Any
 * recorded result counts (互认 recognises the result, whatever it is).
 *
 * @param policy   the policy applied
 * @param excluded entity ids to exclude (every item of the task already checked; EXCLUDE only)
 * @param flagged  entity ids to keep and flag (FLAG: every affected one; EXCLUDE: those with only some items checked)
 */
public record RepeatCheckScreening(RepeatCheckPolicy policy, Set<String> excluded, Set<String> flagged) {

    public RepeatCheckScreening {
        Objects.requireNonNull(policy, "policy");
        excluded = Set.copyOf(excluded);
        flagged = Set.copyOf(flagged);
    }

    /** No repeat checks. */
    public static RepeatCheckScreening none(RepeatCheckPolicy policy) {
        return new RepeatCheckScreening(policy, Set.of(), Set.of());
    }

    /**
     * Screens {@code checks} for a task of a plan year.
     *
     * @param regionOf a department's region code, empty when unknown
     */
    public static RepeatCheckScreening screen(PlannedTask task, int year, RepeatCheckPolicy policy,
                                              Collection<CheckRecord> checks,
                                              Function<String, Optional<String>> regionOf) {
        Map<String, Set<String>> checkersOfItem = new HashMap<>(); // item → departments planned to check it here
        task.items().forEach(i -> checkersOfItem.computeIfAbsent(i.itemId(), x -> new TreeSet<>())
                .add(i.departmentId()));
        Map<String, Optional<String>> regions = new HashMap<>();
        Function<String, Optional<String>> region = d -> regions.computeIfAbsent(d, regionOf);
        Map<String, Set<String>> checkedItems = new TreeMap<>(); // entity → items already checked
        for (CheckRecord c : checks) {
            if (c.checkDate().getYear() != year) {
                continue;
            }
            Optional<String> checkerRegion = region.apply(c.departmentId());
            if (checkerRegion.isEmpty()) {
                continue;
            }
            for (String item : c.itemIds()) {
                Set<String> planned = checkersOfItem.get(item);
                if (planned == null) {
                    continue;
                }
                boolean other = planned.stream().anyMatch(d -> !d.equals(c.departmentId())
                        && region.apply(d).equals(checkerRegion));
                if (other) {
                    checkedItems.computeIfAbsent(c.entityId(), x -> new TreeSet<>()).add(item);
                }
            }
        }
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> flagged = new LinkedHashSet<>();
        checkedItems.forEach((entity, items) -> {
            boolean all = items.containsAll(checkersOfItem.keySet());
            (policy == RepeatCheckPolicy.EXCLUDE && all ? excluded : flagged).add(entity);
        });
        return new RepeatCheckScreening(policy, excluded, flagged);
    }
}
