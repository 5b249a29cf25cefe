package cn.shuangsuiji.draw.domain.plan;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 事项仍须公布 — at commitment every item of the task must still be on the published list: no inspection outside
 * the published item list (S2 8, 11). An item version withdrawn after the plan was approved (立改废释) refuses the
 * draw until the plan is amended (计划变更, S3 二(四)) to a published version.
 */
public final class PublishedItems {

    private PublishedItems() {
    }

    /**
     * @param withdrawn item id → {newest withdrawn version, reason} for the task's items the registry withdrew
     */
    public static void requirePublished(PlannedTask task, Map<String, Withdrawal> withdrawn) {
        List<String> refused = new ArrayList<>();
        for (PlannedTask.ItemRef i : task.items()) {
            Withdrawal w = withdrawn.get(i.itemId());
            if (w != null && (i.version() == null || w.version() >= i.version())) {
                refused.add(i.itemId() + "（第 " + w.version() + " 版已撤回" + (w.reason() == null ? ""
                        : "：" + w.reason()) + "）");
            }
        }
        if (!refused.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ITEM_WITHDRAWN", "抽查事项已撤回",
                    "任务 " + task.taskId() + " 的抽查事项已从公布的事项清单中撤回：" + String.join("、", refused)
                            + "；不得在公布的清单之外抽查，请先变更计划");
        }
    }

    /** A withdrawn version of an item and its reason. */
    public record Withdrawal(int version, String reason) {
    }
}
