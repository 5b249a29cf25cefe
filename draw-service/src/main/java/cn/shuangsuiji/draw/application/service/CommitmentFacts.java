package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.domain.check.RepeatCheckScreening;
import cn.shuangsuiji.draw.domain.draw.AdministrativeLevel;
import cn.shuangsuiji.draw.domain.draw.EligibilityFacts;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 资格事实 — the facts a commitment freezes about earlier draws and checks: times drawn this year (S0 17; S1 10), the
 * level above's draws on the task's items (S2 18), recent pairings, and the repeat checks of other departments of
 * the same jurisdiction (避免重复检查, {@link ScreenRepeatChecks}).
 */
@Component
class CommitmentFacts {

    private final SelectionLedger ledger;
    private final ScreenRepeatChecks repeatChecks;

    CommitmentFacts(SelectionLedger ledger, ScreenRepeatChecks repeatChecks) {
        this.ledger = ledger;
        this.repeatChecks = repeatChecks;
    }

    /** The eligibility facts of a task and the repeat-check screening they include. */
    record Gathered(EligibilityFacts facts, RepeatCheckScreening repeatChecks) {
    }

    Gathered gather(ApprovedPlan plan, PlannedTask task) {
        RepeatCheckScreening repeats = repeatChecks.screen(plan, task);
        List<String> higher = AdministrativeLevel.above(task.level());
        Set<String> covered = higher.isEmpty() ? Set.of() : ledger.drawnAtLevels(plan.year(), higher,
                task.items().stream().map(PlannedTask.ItemRef::itemId).toList());
        int years = plan.policy().repeatPairingYears();
        Set<String> pairs = years > 0 ? ledger.pairingsSince(plan.year() - years + 1) : Set.of();
        return new Gathered(new EligibilityFacts(ledger.drawnInYear(plan.year()), covered, pairs,
                repeats.excluded()), repeats);
    }
}
