package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.planning.application.port.in.CreatePolicyCommand;
import cn.shuangsuiji.planning.application.port.in.PolicyUseCases;
import cn.shuangsuiji.planning.application.port.in.RevisePolicyCommand;
import cn.shuangsuiji.planning.application.port.out.PolicyRepository;
import cn.shuangsuiji.planning.application.port.out.ReferenceDataRepository;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.policy.EffectivePolicy;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyScope;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps policy versions; the national default is stored at start-up. */
@Service
class PolicyService implements PolicyUseCases {

    private final PolicyRepository policies;
    private final ReferenceDataRepository reference;
    private final Clock clock;
    private final AuditTrail audit;

    PolicyService(PolicyRepository policies, ReferenceDataRepository reference, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.policies = policies;
        this.reference = reference;
        this.clock = clock;
    }

    /** Stores the national default once (outside any transaction, so its collection exists). */
    void ensureDefault() {
        if (policies.latest(PolicyId.DEFAULT).isEmpty()) {
            policies.insert(JurisdictionPolicy.nationalDefault(clock.instant()));
        }
    }

    @Override
    @Transactional
    public JurisdictionPolicy create(CreatePolicyCommand command, Actor caller) {
        requireManager(caller, command.scope(), command.ownerId());
        if (policies.latest(command.id()).isPresent()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "POLICY_EXISTS", "政策已存在", "政策标识已被使用：" + command.id());
        }
        JurisdictionPolicy policy;
        if (command.scope() == PolicyScope.JURISDICTION) {
            if (policies.latestOwnedBy(PolicyScope.JURISDICTION, command.ownerId()).isPresent()) {
                throw new DomainProblem(ProblemKind.CONFLICT, "POLICY_OWNER_HAS_POLICY", "辖区已有政策",
                        "辖区 " + command.ownerId() + " 已有政策，请修订原政策");
            }
            policy = JurisdictionPolicy.forJurisdiction(command.id(), command.ownerId(), command.name(),
                    command.parameters(), command.createdBy(), clock.instant());
        } else {
            DepartmentId department = new DepartmentId(command.ownerId());
            if (policies.latestOwnedBy(PolicyScope.DEPARTMENT, command.ownerId()).isPresent()) {
                throw new DomainProblem(ProblemKind.CONFLICT, "POLICY_OWNER_HAS_POLICY", "部门已有政策",
                        "部门 " + department + " 已有政策，请修订原政策");
            }
            JurisdictionPolicy jurisdiction = command.jurisdictionPolicy().map(this::get)
                    .orElseGet(() -> jurisdictionOf(department));
            policy = JurisdictionPolicy.forDepartment(command.id(), command.ownerId(), command.name(),
                    command.parameters(), jurisdiction, command.createdBy(), clock.instant());
        }
        policies.insert(policy);
        audit.record(caller, "policy.create", "Policy", policy.id().value(), ownerDepartment(policy), null,
                Map.of("version", policy.version(), "scope", policy.scope().name(), "owner", policy.ownerId()));
        return policy;
    }

    @Override
    @Transactional
    public JurisdictionPolicy revise(RevisePolicyCommand command, Actor caller) {
        caller.require(Role.PLATFORM_ADMIN, Role.DEPARTMENT_HEAD);
        JurisdictionPolicy current = get(command.id());
        requireManager(caller, current.scope(), current.ownerId());
        Optional<JurisdictionPolicy> jurisdiction = current.parent().map(p -> get(p.id()));
        JurisdictionPolicy next = current.revise(command.parameters(), command.reason(), jurisdiction,
                command.revisedBy(), clock.instant());
        policies.insert(next);
        audit.record(caller, "policy.revise", "Policy", next.id().value(), ownerDepartment(next),
                Map.of("version", current.version()), Map.of("version", next.version(), "reason", command.reason()));
        return next;
    }

    @Override
    public JurisdictionPolicy get(PolicyId id) {
        return policies.latest(id).orElseThrow(() -> DomainProblem.notFound("POLICY_NOT_FOUND", "政策", id.value()));
    }

    @Override
    public JurisdictionPolicy getVersion(PolicyId id, int version) {
        return policies.version(id, version).orElseThrow(() -> DomainProblem.notFound("POLICY_NOT_FOUND", "政策",
                id.value() + " v" + version));
    }

    @Override
    public List<JurisdictionPolicy> list() {
        return policies.latestOfAll();
    }

    @Override
    public EffectivePolicy effectiveFor(DepartmentId department) {
        JurisdictionPolicy jurisdiction = jurisdictionOf(department);
        return policies.latestOwnedBy(PolicyScope.DEPARTMENT, department.value())
                .map(own -> EffectivePolicy.of(own, jurisdiction))
                .orElseGet(() -> EffectivePolicy.of(jurisdiction));
    }

    @Override
    public EffectivePolicy effectiveForRegistered(DepartmentId department) {
        if (reference.department(department).isEmpty()) {
            throw DomainProblem.notFound("DEPARTMENT_NOT_FOUND", "部门", department.value());
        }
        return effectiveFor(department);
    }

    @Override
    public PolicyParameters parametersOf(PolicyRef policy, Optional<PolicyRef> tightenedBy) {
        PolicyParameters own = getVersion(policy.id(), policy.version()).parameters();
        return tightenedBy.map(t -> own.stricterOf(getVersion(t.id(), t.version()).parameters())).orElse(own);
    }

    /**
     * 政策权限 — jurisdiction policies (and the national default) are managed by platform admins (平台管理员); a
     * department's own policy by that department's head (负责人).
     */
    private static void requireManager(Actor caller, PolicyScope scope, String ownerId) {
        if (scope == PolicyScope.DEPARTMENT) {
            caller.requireIn(ownerId, Role.DEPARTMENT_HEAD);
        } else {
            caller.require(Role.PLATFORM_ADMIN);
        }
    }

    private static String ownerDepartment(JurisdictionPolicy policy) {
        return policy.scope() == PolicyScope.DEPARTMENT ? policy.ownerId() : null;
    }

    private JurisdictionPolicy jurisdictionOf(DepartmentId department) {
        Optional<String> region = reference.department(department).map(d -> d.regionCode());
        return region.flatMap(r -> policies.latestOwnedBy(PolicyScope.JURISDICTION, r))
                .or(() -> region.flatMap(r -> policies.latestOwnedBy(PolicyScope.JURISDICTION,
                        r.substring(0, 4) + "00")))
                .or(() -> region.flatMap(r -> policies.latestOwnedBy(PolicyScope.JURISDICTION,
                        r.substring(0, 2) + "0000")))
                .orElseGet(() -> get(PolicyId.DEFAULT));
    }
}
