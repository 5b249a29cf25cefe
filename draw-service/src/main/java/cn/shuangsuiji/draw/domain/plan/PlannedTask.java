package cn.shuangsuiji.draw.domain.plan;

import java.util.List;
import java.util.Objects;

/**
 * 抽查任务 — one task of an approved plan as the draw needs it.
 *
 * @param taskId                    the task id (unique within the plan)
 * @param name                      its name
 * @param items                     the items checked, each with the department checking it
 * @param scope                     the object scope
 * @param sampleSizes               per credit class (or for the whole scope) per round
 * @param level                     PROVINCE, CITY or COUNTY
 * @param dispatchedToDepartmentIds lower-level departments the list is dispatched to
 * @param frequency                 rounds a year (S2 18), null in read models written before it was kept (= 1)
 * @param inspectorTags             精准匹配 (S3 二(一)): tags every drawn inspector must carry; empty = none
 */
public record PlannedTask(String taskId, String name, List<ItemRef> items, TaskScope scope,
                          List<SampleSize> sampleSizes, String level, List<String> dispatchedToDepartmentIds,
                          Integer frequency, List<String> inspectorTags) {

    public PlannedTask(String taskId, String name, List<ItemRef> items, TaskScope scope,
                       List<SampleSize> sampleSizes, String level, List<String> dispatchedToDepartmentIds) {
        this(taskId, name, items, scope, sampleSizes, level, dispatchedToDepartmentIds, null, List.of());
    }

    public PlannedTask(String taskId, String name, List<ItemRef> items, TaskScope scope,
                       List<SampleSize> sampleSizes, String level, List<String> dispatchedToDepartmentIds,
                       Integer frequency) {
        this(taskId, name, items, scope, sampleSizes, level, dispatchedToDepartmentIds, frequency, List.of());
    }

    /** Rounds a year, at least 1. */
    public int rounds() {
        return frequency == null || frequency < 1 ? 1 : frequency;
    }

    public PlannedTask {
        Objects.requireNonNull(taskId, "taskId");
        items = items == null ? List.of() : List.copyOf(items);
        sampleSizes = sampleSizes == null ? List.of() : List.copyOf(sampleSizes);
        dispatchedToDepartmentIds = dispatchedToDepartmentIds == null ? List.of()
                : List.copyOf(dispatchedToDepartmentIds);
        scope = scope == null ? TaskScope.everything() : scope;
        inspectorTags = inspectorTags == null ? List.of() : List.copyOf(inspectorTags);
        level = level == null ? "COUNTY" : level;
    }

    /** 抽查事项 — an item, the published version the plan names (null in older read models) and the department
     * whose inspectors check it. */
    public record ItemRef(String itemId, String departmentId, Integer version) {

        public ItemRef(String itemId, String departmentId) {
            this(itemId, departmentId, null);
        }
    }

    /**
     * 抽取数量 — ratio (canonical decimal) or count for one credit class, or for the whole scope when
     * {@code creditClass} is null.
     */
    public record SampleSize(String creditClass, String ratio, Integer count) {
    }
}
