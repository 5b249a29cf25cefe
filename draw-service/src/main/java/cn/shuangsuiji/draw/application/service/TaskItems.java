package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.ExpertLibrary;
import cn.shuangsuiji.draw.application.port.out.ItemCatalog;
import cn.shuangsuiji.draw.domain.draw.ExpertDraft;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PublishedItems;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * 任务事项 — what a commitment needs to know of a task's items beyond the plan: which were withdrawn (S2 8, 11), which
 * need expert help in a field (专业领域, S0 9), and the expert libraries of the departments whose experts are drawn.
 */
@Component
class TaskItems {

    private final ItemCatalog items;
    private final ExpertLibrary experts;

    TaskItems(ItemCatalog items, ExpertLibrary experts) {
        this.items = items;
        this.experts = experts;
    }

    /** The withdrawn items of the task. */
    Map<String, PublishedItems.Withdrawal> withdrawals(PlannedTask task) {
        Map<String, PublishedItems.Withdrawal> withdrawn = new HashMap<>();
        for (PlannedTask.ItemRef i : task.items()) {
            items.state(i.itemId()).filter(s -> s.withdrawnVersion() > 0).ifPresent(s -> withdrawn.put(i.itemId(),
                    new PublishedItems.Withdrawal(s.withdrawnVersion(), s.withdrawReason())));
        }
        return withdrawn;
    }

    /** The experts the task's teams need drawn (none when the policy has them assigned). */
    List<ExpertNeed> expertNeeds(ApprovedPlan plan, PlannedTask task) {
        Map<String, String> expertise = new HashMap<>();
        for (PlannedTask.ItemRef i : task.items()) {
            items.state(i.itemId()).map(ItemCatalog.ItemState::expertise).ifPresent(f -> expertise.put(i.itemId(), f));
        }
        return ExpertDraft.needs(plan, task, expertise);
    }

    /** The expert libraries of the needs' departments (nothing is fetched without needs). */
    List<ExpertRecord> expertPool(List<ExpertNeed> needs) {
        if (needs.isEmpty()) {
            return List.of();
        }
        TreeSet<String> departments = new TreeSet<>();
        needs.forEach(n -> departments.add(n.department().value()));
        return experts.pool(departments);
    }
}
