package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.contracts.planning.PlanAmended;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanPublished;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import cn.shuangsuiji.planning.domain.plan.ObjectScope;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.policy.EffectivePolicy;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Builds the integration events of plans from the domain. */
final class PlanEvents {

    private PlanEvents() {
    }

    /**
     * {@code PlanApproved}; its policy id and version are the primary source (the department's own policy, as
     * before), its parameters those that applied — including any a stricter jurisdiction version supplied, which
     * the plan itself records ({@code policyTightenedBy}).
     */
    static PlanApproved approved(Plan plan, EffectivePolicy policy, String by, Instant at) {
        return new PlanApproved(UUID.randomUUID(), at, plan.id().value(), plan.version(),
                plan.content().kind().name(), plan.content().year(), plan.content().title(),
                plan.content().initiatingDepartment().value(), ids(plan.content().participatingDepartments()),
                parameters(policy), plan.content().tasks().stream().map(PlanEvents::task).toList(), by);
    }

    static PlanPublished published(Plan plan, String by, Instant at) {
        return new PlanPublished(UUID.randomUUID(), at, plan.id().value(), plan.version(),
                plan.content().kind().name(), plan.content().year(), plan.content().title(),
                plan.content().initiatingDepartment().value(), ids(plan.content().participatingDepartments()), by);
    }

    static PlanAmended amended(Plan next, String reason, String by, Instant at) {
        return new PlanAmended(UUID.randomUUID(), at, next.id().value(), next.version(), next.version() - 1, reason,
                by);
    }

    static PlanWithdrawn withdrawn(Plan plan, String reason, String by, Instant at) {
        return new PlanWithdrawn(UUID.randomUUID(), at, plan.id().value(), plan.version(), reason, by);
    }

    static PlanPolicyParameters parameters(EffectivePolicy effective) {
        JurisdictionPolicy policy = effective.policy();
        PolicyParameters p = effective.parameters();
        Map<String, BigDecimal> classes = new TreeMap<>();
        p.ratiosByCreditClass().forEach((k, v) -> classes.put(k.name(), v));
        return new PlanPolicyParameters(policy.id().value(), policy.version(), p.minAnnualRatio(), classes,
                p.maxInspectionsPerEntityPerYear(), p.minTeamSize(), p.minRegistrySize(), p.replacementRule().name(),
                p.dispatchConfirmationWorkingDays(), p.resultEntryWorkingDays(), p.violationReferralWorkingDays(),
                p.resultPublicationWorkingDays(), p.excludeOwnArea(), p.repeatPairingYears(),
                p.maxAssignmentsPerInspectorPerRound(), p.repeatCheckPolicy().name(), p.expertMode(),
                p.maxAssignmentsPerExpert());
    }

    private static PlanTask task(InspectionTask t) {
        ObjectScope s = t.scope();
        return new PlanTask(t.id().value(), t.name(),
                t.items().stream().map(i -> new PlanItemRef(i.itemId(), i.version(), i.departmentId().value())).toList(),
                new PlanObjectScope(List.copyOf(s.objectTypes()), List.copyOf(s.regionCodes()),
                        List.copyOf(s.industries()), List.copyOf(s.tags()),
                        s.creditClasses().stream().map(Enum::name).toList(), List.copyOf(s.includeEntityIds()),
                        List.copyOf(s.excludeEntityIds())),
                t.sampleSizes().stream().map(z -> new PlanSampleSize(z.creditClass().map(Enum::name).orElse(null),
                        z.ratio(), z.count())).toList(),
                t.windowStart(), t.windowEnd(), t.frequency(), t.level().name(), ids(t.dispatchedTo()),
                t.estimatedPopulation().orElse(null), t.inspectorTags());
    }

    private static List<String> ids(List<DepartmentId> departments) {
        return departments.stream().map(DepartmentId::value).toList();
    }
}
