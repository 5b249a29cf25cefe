package cn.shuangsuiji.planning.domain.policy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 抽查政策 — one version of a jurisdiction's (辖区) or a department's policy. Versions are never edited: a
 * revision makes the next version, and plans record the version they were approved under (rules.md preamble).
 *
 * @param id        the policy's id
 * @param version   1, 2, ...
 * @param scope     jurisdiction or department
 * @param ownerId   region code (jurisdiction; "CN" for the national default) or department id
 * @param parent    for a department policy: the jurisdiction policy version it was checked against
 * @param name      a readable name
 * @param parameters the rules
 * @param reason    why this version was made
 * @param createdBy user who made it
 * @param createdAt when
 */
public record JurisdictionPolicy(PolicyId id, int version, PolicyScope scope, String ownerId,
                                 Optional<PolicyRef> parent, String name, PolicyParameters parameters,
                                 String reason, String createdBy, Instant createdAt) {

    public JurisdictionPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(createdAt, "createdAt");
        if (scope == PolicyScope.DEPARTMENT && parent.isEmpty()) {
            throw new IllegalArgumentException("a department policy names its jurisdiction policy");
        }
    }

    /** The built-in national default (rules.md defaults), version 1. */
    public static JurisdictionPolicy nationalDefault(Instant now) {
        return new JurisdictionPolicy(PolicyId.DEFAULT, 1, PolicyScope.JURISDICTION, "CN", Optional.empty(),
                "全国默认政策（rules.md）", PolicyParameters.defaults(), "内置默认", "system", now);
    }

    /** A new jurisdiction policy, version 1. */
    public static JurisdictionPolicy forJurisdiction(PolicyId id, String regionCode, String name,
                                                     PolicyParameters parameters, String by, Instant now) {
        return new JurisdictionPolicy(id, 1, PolicyScope.JURISDICTION, regionCode, Optional.empty(), name,
                parameters, "新建", by, now);
    }

    /**
     * A department's own policy, version 1: it may tighten, never loosen, its jurisdiction's (rules.md preamble).
     *
     * @throws DomainProblem {@code POLICY_LOOSENS_JURISDICTION}
     */
    public static JurisdictionPolicy forDepartment(PolicyId id, String departmentId, String name,
                                                   PolicyParameters parameters, JurisdictionPolicy jurisdiction,
                                                   String by, Instant now) {
        requireJurisdiction(jurisdiction);
        parameters.requireTightens(jurisdiction.parameters());
        return new JurisdictionPolicy(id, 1, PolicyScope.DEPARTMENT, departmentId, Optional.of(jurisdiction.ref()),
                name, parameters, "新建", by, now);
    }

    /**
     * The next version with new parameters. A department policy is checked against the jurisdiction's current
     * version, which it then refers to.
     */
    public JurisdictionPolicy revise(PolicyParameters newParameters, String why, Optional<JurisdictionPolicy> jurisdiction,
                                     String by, Instant now) {
        if (why == null || why.isBlank()) {
            throw new DomainProblem(ProblemKind.INVALID, "POLICY_REASON_REQUIRED", "缺少修订理由", "修订政策须说明理由");
        }
        Optional<PolicyRef> newParent = parent;
        if (scope == PolicyScope.DEPARTMENT) {
            JurisdictionPolicy j = jurisdiction.orElseThrow(() -> new IllegalArgumentException("jurisdiction needed"));
            requireJurisdiction(j);
            newParameters.requireTightens(j.parameters());
            newParent = Optional.of(j.ref());
        }
        return new JurisdictionPolicy(id, version + 1, scope, ownerId, newParent, name, newParameters, why.trim(),
                by, now);
    }

    public PolicyRef ref() {
        return new PolicyRef(id, version);
    }

    private static void requireJurisdiction(JurisdictionPolicy jurisdiction) {
        if (jurisdiction.scope() != PolicyScope.JURISDICTION) {
            throw new DomainProblem(ProblemKind.INVALID, "POLICY_PARENT_NOT_JURISDICTION", "上级政策不是辖区政策",
                    "部门政策只能以辖区政策为上级：" + jurisdiction.id());
        }
    }
}
