package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.policy.EffectivePolicy;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.platform.security.Actor;
import java.util.List;
import java.util.Optional;

/** 抽查政策 — versioned jurisdiction and department policies. */
public interface PolicyUseCases {

    /** A jurisdiction policy by a platform admin (平台管理员); a department's own by its head (负责人). */
    JurisdictionPolicy create(CreatePolicyCommand command, Actor caller);

    /** The next version, by whoever may create a policy of that scope and owner. */
    JurisdictionPolicy revise(RevisePolicyCommand command, Actor caller);

    /** The latest version, or a 404 problem. */
    JurisdictionPolicy get(PolicyId id);

    JurisdictionPolicy getVersion(PolicyId id, int version);

    List<JurisdictionPolicy> list();

    /**
     * The policy that applies to a department: its own, tightened parameter by parameter by its region's current
     * jurisdiction policy where that is stricter; else its region's jurisdiction policy, else the national default.
     */
    EffectivePolicy effectiveFor(DepartmentId department);

    /**
     * The policy that applies to a department the registry registered (planning knows it from the registry's
     * events); 404 {@code DEPARTMENT_NOT_FOUND} for any other id, never the defaults of a department that does not
     * exist.
     */
    EffectivePolicy effectiveForRegistered(DepartmentId department);

    /** The parameters a plan was approved under, rebuilt from the policy versions it recorded. */
    PolicyParameters parametersOf(PolicyRef policy, Optional<PolicyRef> tightenedBy);
}
