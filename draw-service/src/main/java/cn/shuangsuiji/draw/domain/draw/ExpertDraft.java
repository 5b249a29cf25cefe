package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.Expert;
import cn.shuangsuiji.drawprotocol.ExpertConflict;
import cn.shuangsuiji.drawprotocol.ExpertId;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ExpertPool;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 专家抽取准备 — the expert part of a commitment (docs/draw-protocol.md §8a): which experts the task's teams need (an
 * item's field of expertise, 专业领域, where the plan's policy draws experts rather than having the head assign them,
 * S0 9), the committed pool of the needed departments' expert libraries, and the expert conflict pairs (回避) found by
 * matching the experts' relation keys against the entities' party keys while the entity snapshots stream — the
 * experts ride along the inspectors' matching under {@link #RIDER} ids, which no inspector id carries.
 */
public final class ExpertDraft {

    /** Prefix of an expert's id in the intake's relation matching. */
    static final String RIDER = "\u2063expert:";
    /** An expert conflict's reason: a declared relation matches the entity. */
    static final String DECLARED_RELATION = "DECLARED_RELATION";

    private ExpertDraft() {
    }

    /**
     * The needs of the task: one (department, field) per item of the task with a field of expertise, when teams are
     * matched and the policy draws experts; empty otherwise (ASSIGNED: the head names them after the draw).
     *
     * @param expertiseByItem the field of expertise of each item that needs one (专业领域)
     */
    public static List<ExpertNeed> needs(ApprovedPlan plan, PlannedTask task, Map<String, String> expertiseByItem) {
        if (plan.policy().expertsAssigned() || DrawPreparation.participating(plan, task).isEmpty()) {
            return List.of();
        }
        Set<ExpertNeed> needs = new TreeSet<>();
        for (PlannedTask.ItemRef i : task.items()) {
            String field = expertiseByItem.get(i.itemId());
            if (field != null && !field.isBlank()) {
                needs.add(new ExpertNeed(new DepartmentId(i.departmentId()), field));
            }
        }
        return List.copyOf(needs);
    }

    /** The experts as riders of the intake's relation matching. */
    public static Map<String, InspectorRecord> riders(List<ExpertRecord> experts) {
        Map<String, InspectorRecord> riders = new LinkedHashMap<>();
        for (ExpertRecord e : experts) {
            riders.putIfAbsent(RIDER + e.id(), new InspectorRecord(RIDER + e.id(), e.departmentId(), "", "",
                    List.of(), List.of(), List.of(), "EXPERT", e.relationKeys()));
        }
        return riders;
    }

    /** The inspectors' pairs only (riders' pairs dropped). */
    public static Set<ConflictPair> inspectorPairs(Set<ConflictPair> declared) {
        Set<ConflictPair> pairs = new LinkedHashSet<>();
        declared.stream().filter(p -> !p.inspector().value().startsWith(RIDER)).forEach(pairs::add);
        return pairs;
    }

    /**
     * The prepared draw with its expert terms: the needed departments' experts (active, ids and fields only), their
     * conflict pairs with targets of the table, the cap. Refused with {@code DRAW_TOO_FEW_EXPERTS} (409) when a need
     * has no active expert of its department and field at all — like too few inspectors, before anything is logged.
     */
    public static PreparedDraw apply(PreparedDraw prepared, ApprovedPlan plan, List<ExpertNeed> needs,
                                     List<ExpertRecord> experts, CandidateIntake intake) {
        return apply(prepared, plan, needs, experts, intake.declaredRelations());
    }

    static PreparedDraw apply(PreparedDraw prepared, ApprovedPlan plan, List<ExpertNeed> needs,
                              List<ExpertRecord> experts, Set<ConflictPair> declared) {
        if (needs.isEmpty()) {
            return prepared;
        }
        Set<String> departments = new TreeSet<>();
        needs.forEach(n -> departments.add(n.department().value()));
        Map<String, Expert> pool = new LinkedHashMap<>();
        for (ExpertRecord e : experts) {
            if (departments.contains(e.departmentId()) && !e.specialties().isEmpty()) {
                pool.putIfAbsent(e.id(), new Expert(new ExpertId(e.id()), new DepartmentId(e.departmentId()),
                        e.active(), e.specialties()));
            }
        }
        List<ExpertConflict> conflicts = new ArrayList<>();
        for (ConflictPair p : declared) {
            String id = p.inspector().value();
            if (id.startsWith(RIDER) && pool.containsKey(id.substring(RIDER.length()))
                    && prepared.targets().indexOf(p.target().value()) >= 0) {
                conflicts.add(new ExpertConflict(new ExpertId(id.substring(RIDER.length())), p.target(),
                        DECLARED_RELATION));
            }
        }
        ExpertPool committed = new ExpertPool(new ArrayList<>(pool.values()), conflicts);
        List<String> short_ = new ArrayList<>();
        for (ExpertNeed n : needs) {
            if (committed.available(n) == 0) {
                short_.add(n.department().value() + "「" + n.field() + "」");
            }
        }
        if (!short_.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_TOO_FEW_EXPERTS", "可抽取的专家不足",
                    "专家库中没有可抽取的专家：" + String.join("、", short_) + "（本任务事项需要该专业领域的专家协助）");
        }
        Integer cap = plan.policy().maxAssignmentsPerExpert();
        return prepared.withExperts(committed, needs, cap == null ? DrawPreparation.NO_CAP : Math.max(1, cap));
    }
}
