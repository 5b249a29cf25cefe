package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.planning.application.port.in.CreatePlanCommand;
import cn.shuangsuiji.planning.application.port.in.JointObligationStatus;
import cn.shuangsuiji.planning.application.port.in.PlanDraft;
import cn.shuangsuiji.planning.application.port.in.PlanOverdue;
import cn.shuangsuiji.planning.application.port.in.PlanUseCases;
import cn.shuangsuiji.planning.application.port.in.PolicyUseCases;
import cn.shuangsuiji.planning.application.port.out.PlanRepository;
import cn.shuangsuiji.planning.application.port.out.ReferenceDataRepository;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.FilingDeadlines;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanContent;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import cn.shuangsuiji.planning.domain.plan.PlanRules;
import cn.shuangsuiji.planning.domain.plan.PlanStatus;
import cn.shuangsuiji.planning.domain.policy.JointObligation;
import cn.shuangsuiji.planning.domain.policy.EffectivePolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and their workflow; each state change and its event are stored in one transaction. */
@Service
class PlanService implements PlanUseCases {

    private static final Set<PlanStatus> COUNTS_FOR_OBLIGATION =
            EnumSet.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED, PlanStatus.SUPERSEDED);

    private final PlanRepository plans;
    private final ReferenceDataRepository reference;
    private final PolicyUseCases policies;
    private final EventPublisher events;
    private final Clock clock;
    private final PlanAccess access;
    private final AuditTrail audit;

    PlanService(PlanRepository plans, ReferenceDataRepository reference, PolicyUseCases policies,
                EventPublisher events, Clock clock, PlanAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.reference = reference;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Plan create(CreatePlanCommand command, Actor caller) {
        caller.require(drafterRoles(caller));
        PlanContent content = content(command.kind(), command.year(), command.actor().departmentId(), command.draft());
        access.requireDrafter(caller, content);
        if (plans.exists(command.id())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "PLAN_EXISTS", "计划已存在", "计划标识已被使用：" + command.id());
        }
        validate(content);
        Plan plan = Plan.draft(command.id(), content, command.actor(), clock.instant());
        plans.insert(plan);
        audit(caller, "plan.create", null, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan revise(PlanId id, PlanDraft draft, Actor caller) {
        caller.require(drafterRoles(caller));
        Plan plan = load(id);
        access.requireDrafter(caller, plan.content());
        String before = state(plan);
        PlanContent content = content(plan.content().kind(), plan.content().year(),
                plan.content().initiatingDepartment(), draft);
        validate(content);
        plan.revise(content, by(caller, plan), clock.instant());
        plans.update(plan);
        audit(caller, "plan.revise", before, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan submit(PlanId id, Actor caller) {
        caller.require(drafterRoles(caller));
        Plan plan = load(id);
        access.requireDrafter(caller, plan.content());
        String before = state(plan);
        validate(plan.content());
        plan.submit(by(caller, plan), clock.instant());
        plans.update(plan);
        audit(caller, "plan.submit", before, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan returnToDraft(PlanId id, Actor caller, String reason) {
        caller.require(approverRoles(caller));
        Plan plan = load(id);
        access.requireApprover(caller, plan.content());
        String before = state(plan);
        plan.returnToDraft(by(caller, plan), clock.instant(), reason);
        plans.update(plan);
        audit(caller, "plan.return", before, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan approve(PlanId id, Actor caller) {
        caller.require(approverRoles(caller));
        Plan plan = load(id);
        access.requireApprover(caller, plan.content());
        String before = state(plan);
        EffectivePolicy policy = policies.effectiveFor(plan.content().initiatingDepartment());
        PlanRules.check(plan.content(), reference::item, policy.parameters());
        Instant now = clock.instant();
        plan.approve(by(caller, plan), now, policy.ref(), policy.tightenedByRef());
        plans.update(plan);
        events.publish(PlanEvents.approved(plan, policy, caller.subject(), now));
        audit(caller, "plan.approve", before, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan publish(PlanId id, Actor caller) {
        caller.require(approverRoles(caller));
        Plan plan = load(id);
        access.requireApprover(caller, plan.content());
        String before = state(plan);
        Instant now = clock.instant();
        cn.shuangsuiji.planning.domain.plan.Actor by = by(caller, plan);
        plan.publish(by, now);
        plans.update(plan);
        for (Plan older : plans.versions(id)) {
            if (older.version() < plan.version() && older.status() == PlanStatus.PUBLISHED) {
                older.supersede(by, now, plan.version());
                plans.update(older);
            }
        }
        events.publish(PlanEvents.published(plan, caller.subject(), now));
        audit(caller, "plan.publish", before, plan);
        return plan;
    }

    @Override
    @Transactional
    public Plan amend(PlanId id, Actor caller, String reason) {
        caller.require(drafterRoles(caller));
        Plan current = load(id);
        access.requireDrafter(caller, current.content());
        String before = state(current);
        Instant now = clock.instant();
        Plan next = current.amend(by(caller, current), now, reason);
        plans.update(current);
        plans.insert(next);
        events.publish(PlanEvents.amended(next, next.amendmentReason().orElseThrow(), caller.subject(), now));
        audit(caller, "plan.amend", before, next);
        return next;
    }

    @Override
    @Transactional
    public Plan withdraw(PlanId id, Actor caller, String reason) {
        caller.require(approverRoles(caller));
        Plan latest = load(id);
        access.requireApprover(caller, latest.content());
        String before = state(latest);
        Instant now = clock.instant();
        cn.shuangsuiji.planning.domain.plan.Actor by = by(caller, latest);
        latest.withdraw(by, now, reason);
        plans.update(latest);
        for (Plan older : plans.versions(id)) {
            if (older.version() < latest.version() && older.isActive()) {
                older.withdraw(by, now, reason);
                plans.update(older);
            }
        }
        events.publish(PlanEvents.withdrawn(latest, reason.trim(), caller.subject(), now));
        audit(caller, "plan.withdraw", before, latest);
        return latest;
    }

    @Override
    public Plan get(PlanId id, Actor caller) {
        caller.require(Role.values());
        Plan plan = load(id);
        access.requireReader(caller, plan.content());
        return plan;
    }

    @Override
    public Plan getVersion(PlanId id, int version, Actor caller) {
        get(id, caller);
        return plans.version(id, version).orElseThrow(() -> DomainProblem.notFound("PLAN_NOT_FOUND", "计划",
                id.value() + " v" + version));
    }

    @Override
    public List<Plan> versions(PlanId id, Actor caller) {
        get(id, caller);
        return plans.versions(id);
    }

    @Override
    public boolean exists(PlanId id) {
        return plans.exists(id);
    }

    @Override
    public List<Plan> list(Integer year, DepartmentId department, String after, int limit, Actor caller) {
        caller.require(Role.values());
        DepartmentId of = department;
        if (of == null && !PlanAccess.readsEverything(caller)) {
            if (caller.departmentId() == null) {
                throw Actor.forbidden("请指定要查看的部门（departmentId）");
            }
            of = new DepartmentId(caller.departmentId());
        }
        if (of != null) {
            access.requireDepartmentReader(caller, of);
        }
        return plans.findLatest(year, of, after, limit);
    }

    @Override
    public List<PlanOverdue> overdue(int year, Actor caller) {
        caller.require(Role.values());
        LocalDate today = LocalDate.now(clock.withZone(FilingDeadlines.CHINA));
        List<PlanOverdue> result = new ArrayList<>();
        List<Plan> ofYear = plans.findLatestOfYear(year);
        for (Plan plan : ofYear) {
            PolicyParameters policy = policyOf(plan);
            List<String> findings = FilingDeadlines.overdue(plan, policy, today);
            if (!findings.isEmpty()) {
                result.add(new PlanOverdue(plan.id().value(), plan.version(), plan.content().kind().name(),
                        plan.status().name(), plan.content().initiatingDepartment().value(),
                        FilingDeadlines.filingDeadline(year, policy), FilingDeadlines.publicationDeadline(year, policy),
                        findings));
            }
        }
        Set<DepartmentId> withAnnualPlan = new TreeSet<>();
        ofYear.stream().filter(p -> p.content().kind() == PlanKind.ANNUAL && p.status() != PlanStatus.WITHDRAWN)
                .forEach(p -> withAnnualPlan.add(p.content().initiatingDepartment()));
        for (KnownDepartment department : reference.departments()) {
            if (withAnnualPlan.contains(department.id())) {
                continue;
            }
            PolicyParameters policy = policies.effectiveFor(department.id()).parameters();
            if (today.isAfter(FilingDeadlines.filingDeadline(year, policy))) {
                result.add(new PlanOverdue(null, null, PlanKind.ANNUAL.name(), null, department.id().value(),
                        FilingDeadlines.filingDeadline(year, policy), FilingDeadlines.publicationDeadline(year, policy),
                        List.of("NO_ANNUAL_PLAN")));
            }
        }
        return result;
    }

    @Override
    public List<JointObligationStatus> obligations(int year, boolean includeMet, Actor caller) {
        caller.require(Role.values());
        List<Plan> joint = plans.findAllOfYear(year).stream()
                .filter(p -> p.content().kind().isJoint() && COUNTS_FOR_OBLIGATION.contains(p.status()))
                .toList();
        List<JointObligationStatus> result = new ArrayList<>();
        for (KnownDepartment department : reference.departments()) {
            // S1 9: the department type's duty is the default; the effective policy may only be stricter
            JointObligation duty = policies.effectiveFor(department.id()).parameters().jointObligation()
                    .stricter(JointObligation.requiredOf(department.type()));
            Set<String> initiated = new TreeSet<>();
            Set<String> joined = new TreeSet<>();
            for (Plan plan : joint) {
                if (plan.content().initiatingDepartment().equals(department.id())) {
                    initiated.add(plan.id().value());
                } else if (plan.content().participatingDepartments().contains(department.id())) {
                    joined.add(plan.id().value());
                }
            }
            boolean met = switch (duty) {
                case NONE -> true;
                case INITIATE -> !initiated.isEmpty();
                case INITIATE_OR_JOIN -> !initiated.isEmpty() || !joined.isEmpty();
            };
            if (!met || includeMet) {
                result.add(new JointObligationStatus(department.id().value(), department.name(), duty.name(),
                        List.copyOf(initiated), List.copyOf(joined), met, duty.message(met)));
            }
        }
        return result;
    }

    private Plan load(PlanId id) {
        return plans.latest(id).orElseThrow(() -> DomainProblem.notFound("PLAN_NOT_FOUND", "计划", id.value()));
    }

    private static Role[] drafterRoles(Actor caller) {
        return PlanAccess.isSystem(caller) ? new Role[] {Role.SERVICE} : new Role[] {Role.PLANNER, Role.JOINT_OFFICE};
    }

    private static Role[] approverRoles(Actor caller) {
        return PlanAccess.isSystem(caller) ? new Role[] {Role.SERVICE}
                : new Role[] {Role.DEPARTMENT_HEAD, Role.JOINT_OFFICE};
    }

    /**
     * The domain's 经办人 for the caller: the token subject and the department it acts for (the platform itself acts
     * for the plan's initiating department).
     */
    private static cn.shuangsuiji.planning.domain.plan.Actor by(Actor caller, Plan plan) {
        DepartmentId department = caller.departmentId() == null ? plan.content().initiatingDepartment()
                : new DepartmentId(caller.departmentId());
        return new cn.shuangsuiji.planning.domain.plan.Actor(caller.subject(), department);
    }

    private static String state(Plan plan) {
        return "v" + plan.version() + " " + plan.status().name();
    }

    /** 留痕 — inside the change's transaction: who moved which version from what to what. */
    private void audit(Actor caller, String action, String before, Plan after) {
        audit.record(caller, action, "Plan", after.id().value(), after.content().initiatingDepartment().value(),
                before == null ? null : Map.of("state", before), Map.of("state", state(after)));
    }

    private PolicyParameters policyOf(Plan plan) {
        return plan.policy().map(ref -> policies.parametersOf(ref, plan.policyTightenedBy()))
                .orElseGet(() -> policies.effectiveFor(plan.content().initiatingDepartment()).parameters());
    }

    private PlanContent content(PlanKind kind, int year, DepartmentId initiator, PlanDraft draft) {
        try {
            return new PlanContent(kind, year, draft.title(), initiator, draft.participatingDepartments(),
                    draft.tasks());
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_INVALID", "计划内容无效", e.getMessage());
        }
    }

    private void validate(PlanContent content) {
        List<DepartmentId> participants = List.copyOf(content.participatingDepartments());
        for (DepartmentId department : content.departments()) {
            if (reference.department(department).isEmpty()) {
                String field = participants.contains(department)
                        ? "participatingDepartmentIds[" + participants.indexOf(department) + "]" : "department";
                throw new DomainProblem(ProblemKind.INVALID, "PLAN_DEPARTMENT_UNKNOWN", "部门未登记",
                        "部门 " + department + " 未在名录库登记（或尚未同步到计划服务）",
                        List.of(new FieldProblem(field, "DEPARTMENT_UNKNOWN", "部门未在名录库登记")));
            }
        }
        PlanRules.check(content, reference::item, policies.effectiveFor(content.initiatingDepartment()).parameters());
    }
}
