package cn.shuangsuiji.contracts.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 抽查任务 — one task of an approved plan: what is checked (items), in whom (scope), how many (sample sizes),
 * when (window, rounds) and by whom (level, dispatched departments).
 *
 * @param taskId                    the task's id, unique within the plan
 * @param name                      the task's name
 * @param items                     the item versions checked
 * @param scope                     the object scope
 * @param sampleSizes               sample size per credit class (or one for the whole scope), per round
 * @param windowStart               first day of the window
 * @param windowEnd                 last day of the window
 * @param frequency                 rounds per year
 * @param level                     administrative level that carries it out: PROVINCE, CITY or COUNTY
 * @param dispatchedToDepartmentIds lower-level departments the drawn lists are dispatched to (may be empty)
 * @param estimatedPopulation       the planner's estimate of the population, or null
 * @param inspectorTags             精准匹配 (S3 二(一)): tags every drawn inspector must carry (additive; empty =
 *                                  no requirement, and absent in events written before it existed)
 */
public record PlanTask(String taskId, String name, List<PlanItemRef> items, PlanObjectScope scope,
                       List<PlanSampleSize> sampleSizes, LocalDate windowStart, LocalDate windowEnd, int frequency,
                       String level, List<String> dispatchedToDepartmentIds, Integer estimatedPopulation,
                       List<String> inspectorTags) {

    public PlanTask(String taskId, String name, List<PlanItemRef> items, PlanObjectScope scope,
                    List<PlanSampleSize> sampleSizes, LocalDate windowStart, LocalDate windowEnd, int frequency,
                    String level, List<String> dispatchedToDepartmentIds, Integer estimatedPopulation) {
        this(taskId, name, items, scope, sampleSizes, windowStart, windowEnd, frequency, level,
                dispatchedToDepartmentIds, estimatedPopulation, List.of());
    }

    public PlanTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        items = items == null ? List.of() : List.copyOf(items);
        scope = scope == null ? new PlanObjectScope(null, null, null, null, null, null, null) : scope;
        sampleSizes = sampleSizes == null ? List.of() : List.copyOf(sampleSizes);
        dispatchedToDepartmentIds = dispatchedToDepartmentIds == null ? List.of()
                : List.copyOf(dispatchedToDepartmentIds);
        inspectorTags = inspectorTags == null ? List.of() : List.copyOf(inspectorTags);
    }
}
