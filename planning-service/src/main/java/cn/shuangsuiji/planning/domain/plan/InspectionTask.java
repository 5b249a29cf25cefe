package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.platform.error.InvalidField;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 抽查任务 — one task of a plan: items, object scope, sample size per credit class, window, rounds per year,
 * level and the lower-level departments it is dispatched to [S0 14; S2 17].
 *
 * @param estimatedPopulation the planner's estimate of how many entities the scope holds, if known
 * @param inspectorTags       精准匹配 (S3 二(一)): tags every drawn inspector must carry; empty = none
 */
public record InspectionTask(TaskId id, String name, List<ItemRef> items, ObjectScope scope,
                             List<SampleSize> sampleSizes, LocalDate windowStart, LocalDate windowEnd, int frequency,
                             AdministrativeLevel level, List<DepartmentId> dispatchedTo,
                             Optional<Integer> estimatedPopulation, List<String> inspectorTags) {

    public InspectionTask(TaskId id, String name, List<ItemRef> items, ObjectScope scope,
                          List<SampleSize> sampleSizes, LocalDate windowStart, LocalDate windowEnd, int frequency,
                          AdministrativeLevel level, List<DepartmentId> dispatchedTo,
                          Optional<Integer> estimatedPopulation) {
        this(id, name, items, scope, sampleSizes, windowStart, windowEnd, frequency, level, dispatchedTo,
                estimatedPopulation, List.of());
    }

    public InspectionTask {
        inspectorTags = inspectorTags == null ? List.of() : List.copyOf(inspectorTags);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(level, "level");
        scope = scope == null ? ObjectScope.everything() : scope;
        items = List.copyOf(items);
        sampleSizes = List.copyOf(sampleSizes);
        dispatchedTo = dispatchedTo == null ? List.of() : List.copyOf(dispatchedTo);
        estimatedPopulation = estimatedPopulation == null ? Optional.empty() : estimatedPopulation;
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidField("name", "TASK_NAME_LENGTH", "任务名称不能为空且不超过 200 字");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("任务至少包含一个抽查事项");
        }
        if (sampleSizes.isEmpty()) {
            throw new IllegalArgumentException("任务须给出抽取比例或数量");
        }
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("任务时间窗口结束日期早于开始日期");
        }
        if (frequency < 1 || frequency > 12) {
            throw new IllegalArgumentException("抽查频次应为每年 1 至 12 次");
        }
        if (estimatedPopulation.isPresent() && estimatedPopulation.get() < 0) {
            throw new IllegalArgumentException("对象数量估计不能为负");
        }
        if (sampleSizes.stream().map(SampleSize::creditClass).distinct().count() != sampleSizes.size()) {
            throw new IllegalArgumentException("同一信用风险类别只能给出一个抽取数量");
        }
    }

    /** The task's identity for duplicate detection: the set of items and the scope. */
    Object duplicateKey() {
        Set<String> keys = new TreeSet<>();
        items.forEach(i -> keys.add(i.itemId() + "@" + i.version()));
        return List.of(keys, scope);
    }
}
