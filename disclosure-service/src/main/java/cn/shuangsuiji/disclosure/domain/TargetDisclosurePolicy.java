package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.contracts.planning.PlanTask;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 抽查对象公示时点政策 — when a draw's targets become public (S1 20(二)): at once, or — for a task with an item
 * that must not be announced beforehand (不宜事先告知), or for every task when {@code withholdAll} — from the day
 * after the task's inspection window ends. While a draw's plan task is not known (events of two topics may arrive in
 * either order), its targets are withheld whenever the policy withholds anything; {@code ReleaseWithheldTargets}
 * decides again once the plan is known.
 *
 * @param withholdAll     withhold every draw's targets until its window has ended
 * @param withheldItemIds items that must not be announced beforehand
 */
public record TargetDisclosurePolicy(boolean withholdAll, Set<String> withheldItemIds) {

    public TargetDisclosurePolicy {
        withheldItemIds = withheldItemIds == null ? Set.of() : Set.copyOf(withheldItemIds);
    }

    /** Publishes every draw's targets at once. */
    public static TargetDisclosurePolicy immediate() {
        return new TargetDisclosurePolicy(false, Set.of());
    }

    /** The withholding of a draw of the given task (empty when the plan is unknown). */
    public Withholding decide(Optional<PlanTask> task) {
        if (task.isEmpty()) {
            // the plan is not known (yet): withhold while any item could be one that must not be announced
            return new Withholding(withholdAll || !withheldItemIds.isEmpty(), null, null);
        }
        LocalDate afterWindow = task.get().windowEnd().plusDays(1);
        boolean withheld = withholdAll || task.get().items().stream()
                .anyMatch(i -> withheldItemIds.contains(i.itemId()));
        return new Withholding(withheld, withheld ? afterWindow : null, afterWindow);
    }

    /**
     * Whether and until when targets are withheld.
     *
     * @param withheld   whether the targets are withheld at first
     * @param publicFrom the first day they are public, or null (withheld without a known end, or never withheld)
     * @param bundleFrom the first day the draw's bundle is public: the day after the inspection window ends (the
     *                   bundle names each target's inspectors, never public before the inspection ends), or null
     *                   while the plan task is unknown
     */
    public record Withholding(boolean withheld, LocalDate publicFrom, LocalDate bundleFrom) {

        /** Whether the bundle is public on the given day (its targets must be public too). */
        public boolean bundlePublicOn(LocalDate day) {
            return publicOn(day) && bundleFrom != null && !day.isBefore(bundleFrom);
        }

        /** Whether the targets are public on the given day. */
        public boolean publicOn(LocalDate day) {
            return !withheld || publicFrom != null && !day.isBefore(publicFrom);
        }
    }
}
