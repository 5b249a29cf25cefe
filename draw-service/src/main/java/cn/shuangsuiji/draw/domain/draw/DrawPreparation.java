package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.QuotaKind;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 抽取准备 — turns an approved plan task, confirmed snapshots and eligibility facts into the frozen inputs of a
 * draw (docs/draw-protocol.md §3): the candidate table with strata and exclusions, the inspector pool, the
 * conflict pairs (回避), the quotas, the items per department and the policy. Pure and deterministic.
 */
public final class DrawPreparation {

    /** Exclusion: drawn the policy's maximum times this year already (S0 17; S1 10). */
    public static final String MAX_PER_YEAR = "MAX_PER_YEAR";
    /** Exclusion: the level above checks it this year for the same items (S2 18). */
    public static final String CHECKED_BY_HIGHER_LEVEL = "CHECKED_BY_HIGHER_LEVEL";
    /** Exclusion: another department of the same jurisdiction already checked the task's items this year
     * (避免重复检查, S0 14; S1 24). */
    public static final String REPEAT_CHECK = cn.shuangsuiji.draw.domain.check.RepeatCheckMarks.REASON;
    /** Conflict: a declared relation (relative, interest, former employer) matches the entity's USCC. */
    public static final String DECLARED_RELATION = "DECLARED_RELATION";
    /** Conflict: the inspector checked this entity within the policy's repeat-pairing years. */
    public static final String REPEAT_PAIRING = "REPEAT_PAIRING";
    /** Stratum of a whole-scope sample size, and of entities whose class has no size of its own. */
    public static final String ALL = "ALL";
    public static final String OTHER = "OTHER";
    /** Length of each stratum's published substitution list (递补名单). */
    public static final int RESERVE = 5;
    /** No workload cap in the policy: effectively unlimited. */
    static final int NO_CAP = 1_000_000;

    private DrawPreparation() {
    }

    /**
     * The prepared inputs, or a refusal (DRAW_TOO_FEW_INSPECTORS, DRAW_TASK_NO_SAMPLE_SIZE, DRAW_QUOTAS_ZERO,
     * DRAW_POOL_EMPTY).
     */
    public static PreparedDraw prepare(ApprovedPlan plan, PlannedTask task, List<EntityRecord> entities,
                                       List<InspectorRecord> inspectors, EligibilityFacts facts) {
        PolicyFacts policy = plan.policy();
        Map<String, StratumQuota> quotas = quotas(task);
        boolean byClass = !quotas.containsKey(ALL);
        Map<String, EntityRecord> population = new LinkedHashMap<>();
        for (EntityRecord e : entities) {
            if (task.scope().covers(e)) {
                population.putIfAbsent(e.id(), e);
            }
        }
        CandidateTable.Builder table = CandidateTable.builder(population.size());
        List<String[]> exclusions = new ArrayList<>();
        int max = policy.maxInspectionsPerEntityPerYear();
        for (EntityRecord e : population.values()) {
            String stratum = byClass ? stratumOf(e, quotas) : ALL;
            if (stratum == null) {
                continue;
            }
            table.add(e.id(), stratum, e.regionCode() == null ? "" : e.regionCode());
            if (max > 0 && facts.drawnThisYear().getOrDefault(e.id(), 0) >= max) {
                exclusions.add(new String[] {e.id(), MAX_PER_YEAR});
            } else if (facts.coveredByHigherLevel().contains(e.id())) {
                exclusions.add(new String[] {e.id(), CHECKED_BY_HIGHER_LEVEL});
            } else if (facts.repeatChecked().contains(e.id())) {
                exclusions.add(new String[] {e.id(), REPEAT_CHECK});
            }
        }
        for (String[] x : exclusions) {
            table.exclude(x[0], x[1]);
        }
        CandidateTable targets = table.build();
        return assemble(plan, task, quotas, targets, inspectors, facts,
                byId -> declaredRelations(population, targets, byId));
    }

    /**
     * The columnar path (issue 12): an intake for the task that the entity snapshots are streamed into
     * ({@link CandidateIntake}), then {@link #prepare(ApprovedPlan, PlannedTask, CandidateIntake, List,
     * EligibilityFacts)}. Inspectors come first: their declared relations are matched while the entities stream.
     *
     * @param expectedRows the confirmed record count of the entity snapshots (sizes the table once)
     */
    public static CandidateIntake intake(ApprovedPlan plan, PlannedTask task, List<InspectorRecord> inspectors,
                                         long expectedRows) {
        return intake(plan, task, inspectors, Map.of(), expectedRows);
    }

    /** The same intake; {@code riders} (experts, {@link ExpertDraft#riders}) are matched against party keys too. */
    public static CandidateIntake intake(ApprovedPlan plan, PlannedTask task, List<InspectorRecord> inspectors,
                                         Map<String, InspectorRecord> riders, long expectedRows) {
        List<DepartmentId> participating = participating(plan, task);
        Map<String, InspectorRecord> byId = participating.isEmpty() ? Map.of()
                : participatingInspectors(participating, inspectors);
        if (!riders.isEmpty()) {
            byId = new LinkedHashMap<>(byId);
            byId.putAll(riders);
        }
        return new CandidateIntake(task.scope(), quotas(task), byId, expectedRows);
    }

    /** The prepared inputs from an intake the entity snapshots were streamed into; the same result as the object
     * path over the same records. */
    public static PreparedDraw prepare(ApprovedPlan plan, PlannedTask task, CandidateIntake intake,
                                       List<InspectorRecord> inspectors, EligibilityFacts facts) {
        Map<String, StratumQuota> quotas = quotas(task);
        CandidateTable targets = intake.finish(plan.policy().maxInspectionsPerEntityPerYear(), facts);
        return assemble(plan, task, quotas, targets, inspectors, facts,
                byId -> ExpertDraft.inspectorPairs(intake.declaredRelations()));
    }

    private static Map<String, InspectorRecord> participatingInspectors(List<DepartmentId> participating,
                                                                        List<InspectorRecord> inspectors) {
        Set<String> departments = new TreeSet<>();
        participating.forEach(d -> departments.add(d.value()));
        Map<String, InspectorRecord> byId = new LinkedHashMap<>();
        for (InspectorRecord r : inspectors) {
            if (departments.contains(r.departmentId())) {
                byId.putIfAbsent(r.id(), r);
            }
        }
        return byId;
    }

    private static PreparedDraw assemble(ApprovedPlan plan, PlannedTask task, Map<String, StratumQuota> quotas,
                                         CandidateTable targets, List<InspectorRecord> inspectors,
                                         EligibilityFacts facts,
                                         java.util.function.Function<Map<String, InspectorRecord>,
                                                 Set<ConflictPair>> declared) {
        requireSomethingToDraw(task, quotas, targets);
        DrawEventLimit.requireFitsOneEvent(task.taskId(), quotas, targets, RESERVE);
        PolicyFacts policy = plan.policy();
        List<DepartmentId> participating = participating(plan, task);
        List<TaskItem> items = participating.isEmpty() ? List.of() : task.items().stream()
                .map(i -> new TaskItem(new DepartmentId(i.departmentId()), i.itemId())).distinct().toList();
        Map<String, InspectorRecord> byId = participatingInspectors(participating, inspectors);
        List<Inspector> pool = new ArrayList<>();
        for (InspectorRecord r : byId.values()) {
            pool.add(new Inspector(new InspectorId(r.id()), new DepartmentId(r.departmentId()), r.active(),
                    r.tags().containsAll(task.inspectorTags()) ? scope(r, items) : List.of(),
                    r.regionCode() == null ? "" : r.regionCode()));
        }
        DrawPolicy drawPolicy = new DrawPolicy(Math.max(2, policy.minTeamSize()), 1,
                policy.maxAssignmentsPerInspectorPerRound() == null ? NO_CAP
                        : Math.max(1, policy.maxAssignmentsPerInspectorPerRound()),
                Boolean.TRUE.equals(policy.excludeOwnArea()), RESERVE);
        if (!participating.isEmpty()) {
            requireRegistrySize(participating, byId.values(), policy.minRegistrySize());
            requireEnoughInspectors(participating, items, pool, drawPolicy);
        }
        ConflictSet conflicts = participating.isEmpty() ? ConflictSet.empty()
                : conflicts(declared.apply(byId), targets, byId, facts);
        return new PreparedDraw(targets, new InspectorPool(pool), conflicts, List.copyOf(quotas.values()), items,
                participating, new DepartmentId(plan.initiatingDepartmentId()), drawPolicy);
    }

    /**
     * 无可抽取对象 — a draw that cannot select anyone is refused at commitment, before anything is logged
     * (docs/draw-protocol.md §4.4): every quota of the task is a count of 0 ({@code DRAW_QUOTAS_ZERO}), or the
     * scope holds no eligible candidate — none in the snapshots, or all excluded ({@code DRAW_POOL_EMPTY}). There is
     * no flag to commit such a draw anyway: an empty result would still use up a round of the task.
     */
    static void requireSomethingToDraw(PlannedTask task, Map<String, StratumQuota> quotas, CandidateTable targets) {
        boolean allZero = quotas.values().stream()
                .allMatch(q -> q.kind() == QuotaKind.COUNT && "0".equals(q.value()));
        if (allZero) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_QUOTAS_ZERO", "抽取数量均为零",
                    "任务 " + task.taskId() + " 的每个抽取数量都是 0，抽取不会选出任何对象；请修改计划的抽取数量");
        }
        int eligible = targets.size() - targets.exclusionCount();
        if (eligible <= 0) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_POOL_EMPTY", "没有可抽取的检查对象",
                    "任务 " + task.taskId() + " 的范围在所选快照中有 " + targets.size() + " 个对象，其中 "
                            + targets.exclusionCount() + " 个因年度次数或上级已抽等原因排除，没有可抽取的对象；"
                            + "请检查任务范围与所选快照");
        }
    }

    /**
     * 精准匹配 (S3 二(一)): an inspector lacking one of the task's {@code inspectorTags} enters the pool with an
     * empty scope, so the team matcher cannot put them on a team and the commitment shows why.
     * <p>
     * 执法范围 — the items an inspector may check: the listed item ids; an inspector with no listed items has
     * general competence (综合执法) for every item of their own department in this task. The resolved scope is
     * what the commitment freezes, so the rule is visible in the bundle.
     */
    static List<String> scope(InspectorRecord r, List<TaskItem> items) {
        if (!r.itemIds().isEmpty()) {
            return new ArrayList<>(new TreeSet<>(r.itemIds()));
        }
        Set<String> own = new TreeSet<>();
        items.stream().filter(i -> i.department().value().equals(r.departmentId())).forEach(i -> own.add(i.itemCode()));
        return new ArrayList<>(own);
    }

    /** Participating departments: none for a list dispatched to lower levels (they draw inspectors), else the
     * initiating department, the participants and every department contributing items (S1 15, 17). */
    static List<DepartmentId> participating(ApprovedPlan plan, PlannedTask task) {
        if (!task.dispatchedToDepartmentIds().isEmpty()) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>();
        ids.add(plan.initiatingDepartmentId());
        ids.addAll(plan.participatingDepartmentIds());
        task.items().forEach(i -> ids.add(i.departmentId()));
        return ids.stream().map(DepartmentId::new).toList();
    }

    static Map<String, StratumQuota> quotas(PlannedTask task) {
        Map<String, StratumQuota> quotas = new LinkedHashMap<>();
        boolean anyClass = task.sampleSizes().stream().anyMatch(s -> s.creditClass() != null);
        for (PlannedTask.SampleSize s : task.sampleSizes()) {
            String stratum = s.creditClass() != null ? s.creditClass() : anyClass ? OTHER : ALL;
            quotas.putIfAbsent(stratum, s.count() != null ? StratumQuota.count(stratum, s.count())
                    : StratumQuota.ratio(stratum, new BigDecimal(s.ratio()).stripTrailingZeros().toPlainString()));
        }
        if (quotas.isEmpty()) {
            throw DomainProblem.invalid("DRAW_TASK_NO_SAMPLE_SIZE", "任务 " + task.taskId() + " 没有抽取数量",
                    List.of());
        }
        return quotas;
    }

    private static String stratumOf(EntityRecord e, Map<String, StratumQuota> quotas) {
        String c = e.creditClass();
        if (c != null && !c.isEmpty() && quotas.containsKey(c)) {
            return c;
        }
        return quotas.containsKey(OTHER) ? OTHER : null;
    }

    /**
     * 执法检查人员名录库至少 4 人 (S2 15) — the effective policy's {@code minRegistrySize}, checked at commitment on
     * the confirmed inspector snapshots: every participating department's registry must hold at least that many
     * active inspectors, else DRAW_REGISTRY_TOO_SMALL (409). The registry's own setting
     * ({@code ssj.registry.min-inspectors}) only guards snapshot confirmation; the policy decides the draw.
     */
    static void requireRegistrySize(List<DepartmentId> participating, java.util.Collection<InspectorRecord> records,
                                    Integer minRegistrySize) {
        if (minRegistrySize == null || minRegistrySize < 1) {
            return;
        }
        List<String> small = new ArrayList<>();
        for (DepartmentId d : participating) {
            long active = records.stream().filter(r -> r.departmentId().equals(d.value()) && r.active()).count();
            if (active < minRegistrySize) {
                small.add(d.value() + "（" + active + " 人）");
            }
        }
        if (!small.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_REGISTRY_TOO_SMALL", "执法检查人员名录库人数不足",
                    "适用政策要求每个参与部门的执法检查人员名录库至少有 " + minRegistrySize + " 名在岗人员（S2 15），"
                            + "不足的部门：" + String.join("、", small));
        }
    }

    /** DRAW_TOO_FEW_INSPECTORS unless each department has enough eligible inspectors (active, scope covers its
     * items) and all together can form a team of the policy's minimum size (S2 19, 22; S1 15). */
    static void requireEnoughInspectors(List<DepartmentId> participating, List<TaskItem> items,
                                        List<Inspector> pool, DrawPolicy policy) {
        int total = 0;
        List<String> short_ = new ArrayList<>();
        for (DepartmentId d : participating) {
            List<String> needed = items.stream().filter(i -> i.department().equals(d)).map(TaskItem::itemCode)
                    .toList();
            long eligible = pool.stream().filter(i -> i.department().equals(d) && i.active()
                    && i.scope().containsAll(needed)).count();
            if (eligible < policy.minPerDepartment()) {
                short_.add(d.value() + "（" + eligible + " 人）");
            }
            total += (int) eligible;
        }
        int goal = Math.max(policy.minTeamSize(), participating.size() * policy.minPerDepartment());
        if (!short_.isEmpty() || total < goal) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_TOO_FEW_INSPECTORS", "可抽取的执法检查人员不足",
                    "执法范围覆盖本任务事项的在岗人员不足：" + (short_.isEmpty() ? "" : String.join("、", short_) + "；")
                            + "共 " + total + " 人，每组至少 " + goal + " 人");
        }
    }

    /**
     * 回避 (S0 16; S1 16): an inspector conflicts with a target when one of the inspector's declared relation keys
     * (relatives' ID numbers, USCCs of interests and former employers) is one of the entity's party keys (its
     * USCC or ID number, its legal representative's ID number, its holders'); also recent pairings.
     */
    static Set<ConflictPair> declaredRelations(Map<String, EntityRecord> population, CandidateTable targets,
                                               Map<String, InspectorRecord> inspectors) {
        Map<String, List<String>> byKey = new HashMap<>();
        inspectors.values().forEach(i -> i.relationKeys().forEach(k ->
                byKey.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(i.id())));
        Set<ConflictPair> pairs = new LinkedHashSet<>();
        if (!byKey.isEmpty()) {
            for (EntityRecord e : population.values()) {
                if (e.partyKeys().isEmpty() || targets.indexOf(e.id()) < 0) {
                    continue;
                }
                for (String key : e.partyKeys()) {
                    List<String> related = byKey.get(key);
                    if (related == null) {
                        continue;
                    }
                    for (String inspector : related) {
                        pairs.add(new ConflictPair(new InspectorId(inspector), new TargetId(e.id()),
                                DECLARED_RELATION));
                    }
                }
            }
        }
        return pairs;
    }

    /** The declared-relation pairs plus recent pairings of inspectors of the pool with targets of the table. */
    static ConflictSet conflicts(Set<ConflictPair> declared, CandidateTable targets,
                                 Map<String, InspectorRecord> inspectors, EligibilityFacts facts) {
        Set<ConflictPair> pairs = new LinkedHashSet<>(declared);
        for (String pair : facts.recentPairs()) {
            int cut = pair.indexOf('\u0000');
            String inspector = pair.substring(0, cut);
            String entity = pair.substring(cut + 1);
            if (inspectors.containsKey(inspector) && targets.indexOf(entity) >= 0) {
                pairs.add(new ConflictPair(new InspectorId(inspector), new TargetId(entity), REPEAT_PAIRING));
            }
        }
        return new ConflictSet(new ArrayList<>(pairs));
    }
}
