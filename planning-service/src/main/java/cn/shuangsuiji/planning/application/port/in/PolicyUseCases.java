package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import java.util.List;

/** 抽查政策 — versioned jurisdiction and department policies. */
public interface PolicyUseCases {

    JurisdictionPolicy create(CreatePolicyCommand command);

    JurisdictionPolicy revise(RevisePolicyCommand command);

    /** The latest version, or a 404 problem. */
    JurisdictionPolicy get(PolicyId id);

    JurisdictionPolicy getVersion(PolicyId id, int version);

    List<JurisdictionPolicy> list();

    /**
     * The policy that applies to a department: its own, else its region's jurisdiction policy, else the
     * national default.
     */
    JurisdictionPolicy effectiveFor(DepartmentId department);
}
