package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * 计划校验 — the rules a plan's content must keep (rules.md §1–§3). Every broken rule is reported as a field
 * error with its own code; the problem's code is the first broken rule in this order: duplicate task, window
 * outside the year, item not published, item not the department's, participant without item, ratio below
 * policy.
 *
 * <p>Sample ratios are per round, so the annual share is {@code ratio × frequency} (a count becomes a ratio
 * through the task's estimated population; without one it cannot be checked and a warning says so). A ratio for
 * a credit class is compared with that class's minimum, a ratio for the whole scope with the overall minimum
 * [S0 17, 28].
 */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * Checks the content against the item catalogue and the policy.
     *
     * @param items look-up of an item version; empty when planning has never heard of it
     * @throws DomainProblem with the codes named in the class comment
     */
    public static void check(PlanContent content, Function<ItemKey, Optional<CatalogItem>> items,
                             PolicyParameters policy) {
        Map<String, List<FieldProblem>> byCode = new LinkedHashMap<>();
        for (String code : List.of("PLAN_TASK_DUPLICATE", "PLAN_WINDOW_OUTSIDE_YEAR", "PLAN_ITEM_NOT_PUBLISHED",
                "PLAN_ITEM_NOT_OWNED", "PLAN_PARTICIPANT_WITHOUT_ITEM", "PLAN_RATIO_BELOW_POLICY")) {
            byCode.put(code, new ArrayList<>());
        }
        Set<TaskId> ids = new HashSet<>();
        Map<Object, TaskId> keys = new HashMap<>();
        Set<DepartmentId> contributing = new HashSet<>();
        for (int t = 0; t < content.tasks().size(); t++) {
            InspectionTask task = content.tasks().get(t);
            String at = "tasks[" + t + "]";
            TaskId previous = keys.putIfAbsent(task.duplicateKey(), task.id());
            if (!ids.add(task.id())) {
                add(byCode, at + ".id", "PLAN_TASK_DUPLICATE", "任务标识重复：" + task.id());
            } else if (previous != null) {
                add(byCode, at, "PLAN_TASK_DUPLICATE", "任务 " + task.id() + " 与任务 " + previous
                        + " 的抽查事项和对象范围相同，属重复任务");
            }
            if (task.windowStart().getYear() != content.year() || task.windowEnd().getYear() != content.year()) {
                add(byCode, at + ".window", "PLAN_WINDOW_OUTSIDE_YEAR", "任务 " + task.id() + " 的时间窗口 "
                        + task.windowStart() + " 至 " + task.windowEnd() + " 超出计划年度 " + content.year());
            }
            for (int i = 0; i < task.items().size(); i++) {
                checkItem(content, task.items().get(i), at + ".items[" + i + "]", items, byCode, contributing);
            }
            checkRatios(task, at, policy, byCode);
        }
        for (DepartmentId department : content.participatingDepartments()) {
            if (!contributing.contains(department)) {
                add(byCode, "participatingDepartments", "PLAN_PARTICIPANT_WITHOUT_ITEM",
                        "参与部门 " + department + " 未提供任何已公布的抽查事项");
            }
        }
        List<FieldProblem> all = byCode.values().stream().flatMap(List::stream).toList();
        if (!all.isEmpty()) {
            String code = all.get(0).code();
            throw new DomainProblem(ProblemKind.INVALID, code, title(code), "计划有 " + all.size() + " 处不符合规则："
                    + all.get(0).message(), all);
        }
    }

    /** S2 18: where no higher rule applies, random inspections are made in principle at least twice a year. */
    public static final int FREQUENCY_IN_PRINCIPLE = 2;

    /**
     * Warnings that do not block the plan: counts above the estimated population, unverifiable counts, and a
     * frequency below S2 18's "原则上每年不少于2次" (in principle: a higher rule may differ, so it warns rather than
     * refuses — PLAN_FREQUENCY_BELOW_PRINCIPLE).
     */
    public static List<TaskWarning> warnings(PlanContent content) {
        List<TaskWarning> warnings = new ArrayList<>();
        for (InspectionTask task : content.tasks()) {
            if (task.frequency() < FREQUENCY_IN_PRINCIPLE) {
                warnings.add(new TaskWarning(task.id().value(), "PLAN_FREQUENCY_BELOW_PRINCIPLE", "任务 " + task.id()
                        + " 每年抽查 " + task.frequency() + " 次：上位法没有规定的，抽查频次原则上每年不少于 "
                        + FREQUENCY_IN_PRINCIPLE + " 次（S2 18），请确认有上位法依据或调整频次"));
            }
            for (SampleSize size : task.sampleSizes()) {
                if (size.count() == null) {
                    continue;
                }
                String cls = size.creditClass().map(c -> c + " 类").orElse("全部");
                if (task.estimatedPopulation().isEmpty()) {
                    warnings.add(new TaskWarning(task.id().value(), "PLAN_POPULATION_UNKNOWN", "任务 " + task.id()
                            + " 按数量抽取（" + cls + " " + size.count() + " 户），未给出对象数量估计，无法核对是否达到政策比例"));
                } else if (size.count() > task.estimatedPopulation().get()) {
                    warnings.add(new TaskWarning(task.id().value(), "PLAN_COUNT_EXCEEDS_POPULATION", "任务 "
                            + task.id() + " 抽取数量 " + size.count() + "（" + cls + "）大于对象数量估计 "
                            + task.estimatedPopulation().get()));
                }
            }
        }
        return warnings;
    }

    private static void checkItem(PlanContent content, ItemRef ref, String at,
                                  Function<ItemKey, Optional<CatalogItem>> items,
                                  Map<String, List<FieldProblem>> byCode, Set<DepartmentId> contributing) {
        Optional<CatalogItem> known = items.apply(new ItemKey(ref.itemId(), ref.version()));
        if (known.isEmpty() || !known.get().published()) {
            add(byCode, at, "PLAN_ITEM_NOT_PUBLISHED", "抽查事项 " + ref.itemId() + " 第 " + ref.version()
                    + " 版未公布或已撤回");
            return;
        }
        if (!content.involves(ref.departmentId())) {
            add(byCode, at + ".departmentId", "PLAN_ITEM_NOT_OWNED", "抽查事项 " + ref.itemId() + " 记在部门 "
                    + ref.departmentId() + " 名下，但该部门不是本计划的牵头或参与部门（计划部门："
                    + String.join("、", content.departments().stream().map(DepartmentId::value).toList()) + "）");
            return;
        }
        if (!known.get().usableBy(ref.departmentId())) {
            add(byCode, at, "PLAN_ITEM_NOT_OWNED", "抽查事项 " + ref.itemId() + " 属于部门 " + known.get().owner()
                    + "，不是部门 " + ref.departmentId() + " 的事项，也未被其认领");
            return;
        }
        contributing.add(ref.departmentId());
    }

    private static void checkRatios(InspectionTask task, String at, PolicyParameters policy,
                                    Map<String, List<FieldProblem>> byCode) {
        for (int s = 0; s < task.sampleSizes().size(); s++) {
            SampleSize size = task.sampleSizes().get(s);
            Optional<BigDecimal> perRound = size.ratio() != null ? Optional.of(size.ratio())
                    : task.estimatedPopulation().filter(p -> p > 0)
                    .map(p -> BigDecimal.valueOf(Math.min(size.count(), p)).divide(BigDecimal.valueOf(p),
                            MathContext.DECIMAL64));
            if (perRound.isEmpty()) {
                continue;
            }
            BigDecimal annual = perRound.get().multiply(BigDecimal.valueOf(task.frequency())).min(BigDecimal.ONE);
            CreditClass creditClass = size.creditClass().orElse(null);
            BigDecimal minimum = policy.minimumRatioFor(creditClass);
            if (annual.compareTo(minimum) < 0) {
                add(byCode, at + ".sampleSizes[" + s + "]", "PLAN_RATIO_BELOW_POLICY", "任务 " + task.id() + " "
                        + (creditClass == null ? "全部对象" : creditClass + " 类对象") + "的年度抽查比例 "
                        + percent(annual) + " 低于政策要求的 " + percent(minimum));
            }
        }
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static void add(Map<String, List<FieldProblem>> byCode, String field, String code, String message) {
        byCode.get(code).add(new FieldProblem(field, code, message));
    }

    private static String title(String code) {
        return switch (code) {
            case "PLAN_TASK_DUPLICATE" -> "计划任务重复";
            case "PLAN_WINDOW_OUTSIDE_YEAR" -> "任务时间窗口超出计划年度";
            case "PLAN_ITEM_NOT_PUBLISHED" -> "抽查事项未公布";
            case "PLAN_ITEM_NOT_OWNED" -> "抽查事项不属于计划部门";
            case "PLAN_PARTICIPANT_WITHOUT_ITEM" -> "参与部门没有抽查事项";
            default -> "抽查比例低于政策要求";
        };
    }
}
